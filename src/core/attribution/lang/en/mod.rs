//! English.

pub(in crate::core::attribution) mod reported;
