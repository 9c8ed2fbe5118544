//! Word lists for Chinese and Japanese, matched as strings (neither language
//! puts spaces between words): reporting verbs, the words that open a source
//! (`据`, `によると`), titles and honorifics that end a speaker's phrase, and
//! the words between a speaker and the verb that belong to neither.

/// Chinese reporting verbs that follow their speaker (`X表示：“…”`, `“…”X说`),
/// longest first so that `补充说` is found before `说`.
pub const CHINESE_CUES: &[&str] = &[
    "告诉记者",
    "接受采访时说",
    "在声明中说",
    "在声明中表示",
    "进一步指出",
    "进一步表示",
    "补充说",
    "回应说",
    "解释说",
    "强调说",
    "表示",
    "指出",
    "强调",
    "认为",
    "介绍",
    "透露",
    "坦言",
    "直言",
    "称",
    "说道",
    "写道",
    "说",
    "问道",
    "回应",
    "表态",
    "声称",
    "宣称",
    "提到",
    "谈到",
    "警告",
    "承认",
    "批评",
    "呼吁",
    "补充",
    // Traditional characters.
    "進一步指出",
    "補充說",
    "回應說",
    "解釋說",
    "強調說",
    "強調",
    "認為",
    "介紹",
    "稱",
    "說道",
    "寫道",
    "說",
    "問道",
    "回應",
    "表態",
    "聲稱",
    "宣稱",
    "談到",
    "承認",
    "批評",
    "呼籲",
];

/// Japanese quotative endings after a closing corner bracket (`「…」と述べた`),
/// longest first.
pub const JAPANESE_CUES: &[&str] = &[
    "と述べた",
    "と述べ",
    "と話した",
    "と話し",
    "と語った",
    "と語り",
    "と語る",
    "と強調した",
    "と強調し",
    "と指摘した",
    "と指摘し",
    "と指摘している",
    "と説明した",
    "と説明し",
    "と明らかにした",
    "と発表した",
    "と主張した",
    "と主張し",
    "と訴えた",
    "と批判した",
    "とコメントした",
    "とコメント",
    "と答えた",
    "と言った",
    "と言う",
    "と述べている",
    "と話している",
    "と語っている",
    "と書いた",
    "と明かした",
    "と表明した",
    "と回答",
    "と話す",
    "と述べる",
];

/// Words that open a named source in Chinese: `据X称`, `据X报道`.
pub const CHINESE_ACCORDING: &[&str] = &[
    "据", "根据", // Traditional characters.
    "根據", "據",
];

/// What closes a Chinese `据X…` source.
pub const CHINESE_ACCORDING_ENDS: &[&str] = &[
    "报道", "介绍", "透露", "表示", "称", "说", // Traditional characters.
    "報道", "報導", "介紹", "稱", "說",
];

/// Japanese `according to`: `Xによると`, `Xによれば`.
pub const JAPANESE_ACCORDING: &[&str] = &["によると", "によれば"];

/// Japanese topic and subject particles that end a speaker's phrase (`Xは`).
pub const JAPANESE_PARTICLES: &[&str] = &["は", "が", "も"];

/// Words between a Chinese speaker and the verb: adverbs (`也`, `还`,
/// `进一步`) and where or to whom it was said (`在…中`, `对…`, `向…`), cut off
/// the speaker's phrase at their first character.
pub const CHINESE_BREAKS: &[&str] = &[
    "在",
    "对",
    "向",
    "于",
    "当",
    "也",
    "还",
    "则",
    "又",
    "曾",
    "再次",
    "进一步",
    "随后",
    "同时",
    "此前",
    "当时",
    "早前",
    "日前",
    "近日",
    "今天",
    "昨天",
    "周一",
    "周二",
    "周三",
    "周四",
    "周五",
    "周六",
    "周日",
    "接受",
    "通过",
    "就",
    "更",
    "亦",
    "都",
    "均",
    "已",
    "并",
    "补充",
    // Traditional characters.
    "對",
    "於",
    "當",
    "還",
    "則",
    "進一步",
    "隨後",
    "當時",
    "通過",
    "並",
    "補充",
];

/// Chinese third-person pronouns: the speaker is the person named before.
pub const CHINESE_PRONOUNS: &[&str] = &[
    "他们", "她们", "他", "她", // Traditional characters.
    "他們", "她們",
];

/// Japanese third-person pronouns.
pub const JAPANESE_PRONOUNS: &[&str] = &["彼女", "彼ら", "彼"];
