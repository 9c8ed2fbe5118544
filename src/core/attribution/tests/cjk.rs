use crate::core::analyze;
use crate::core::offsets::Unit;
use crate::core::page::Page;
use crate::core::report::build;

use crate::core::attribution::tests::{Row, rows};

fn quotes(lang: &str, text: &str) -> Vec<Row> {
    let mut page = Page::from_text(text);
    page.lang = Some(lang.to_string());
    rows(build(&page, &analyze(&page).unwrap(), Unit::Utf8))
}

fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}

#[test]
fn chinese_colon_introduction_biaoshi() {
    let q = quotes(
        "zh",
        "市交通局发言人李明表示：“新桥将在明年五月建成，届时交通会明显改善。”",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, s("市交通局发言人李明"));
    assert_eq!(q[0].3, s("表示"));
}

#[test]
fn chinese_speaker_after_the_quotation_and_pronoun_refers_back() {
    let q = quotes(
        "zh",
        "工程师王芳在发布会上说：“我们已经完成了大部分工作，剩下的很快就会结束。”\n\
         “资金方面没有任何问题，请大家放心。”她说。",
    );
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].1, s("工程师王芳"));
    assert_eq!(q[0].2, s("工程师王芳"));
    assert_eq!(q[1].2, s("她"));
    assert_eq!(q[1].1, s("工程师王芳"));
}

#[test]
fn chinese_head_after_de_and_partial_quote_after_earlier_verb() {
    let q = quotes(
        "zh",
        "曾任市长的张伟说，这项计划让他“非常失望，也十分担心未来的发展”。",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, s("张伟"));
}

#[test]
fn chinese_ju_source() {
    let q = quotes(
        "zh",
        "据新华社报道，“今年的粮食产量创下历史新高，农民收入持续增长。”",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, s("新华社"));
}

#[test]
fn japanese_to_quotative_after_kagikakko() {
    let q = quotes(
        "ja",
        "田中首相は記者会見で「橋の再建を急ぎ、来年には完成させたい」と述べた。",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, s("田中首相"));
    assert_eq!(q[0].3, s("と述べた"));
}

#[test]
fn japanese_speaker_marked_by_wa_before_a_date() {
    let q = quotes(
        "ja",
        "町の広報担当者は18日、「被害の全容はまだ分からず、調査を続けている」と話した。",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, s("町の広報担当者"));
}

#[test]
fn japanese_honorific_names_the_person() {
    let q = quotes(
        "ja",
        "山本氏は「計画は予定通りに進んでおり、問題はない」と語った。",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, s("山本"));
    assert_eq!(q[0].2, s("山本氏"));
}

#[test]
fn chinese_quotation_paragraph_goes_on_with_the_speaker_before() {
    let q = quotes(
        "zh",
        "工程师王芳说：“我们已经完成了大部分工作。”\n\
         “剩下的部分会在下个月结束，请大家耐心等待。”",
    );
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, s("工程师王芳"));
}

#[test]
fn traditional_chinese_cues_and_corner_brackets() {
    let q = quotes(
        "zh-Hant",
        "局長陳明表示：「新的大橋將在明年完工，交通會改善。」",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, s("局長陳明"));
    let q = quotes("zh-Hant", "「工程進度比預期更快，大家可以放心。」他說。");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].3, s("說"));
}

#[test]
fn chinese_quotation_in_the_paragraph_after_a_colon() {
    let q = quotes(
        "zh",
        "市长王磊在会上表示：\n“新的公园将在六月开放，欢迎市民前来参观。”",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, s("市长王磊"));
}

#[test]
fn chinese_hearer_between_speaker_and_verb_is_cut() {
    let q = quotes(
        "zh",
        "发言人李强对记者表示，“这项工作正在按计划推进，我们有信心按期完成。”",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, s("发言人李强"));
}

#[test]
fn chinese_full_width_straight_marks() {
    let q = quotes(
        "zh",
        "市长王磊说：＂新的公园将在六月开放，欢迎市民前来参观。＂",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, s("市长王磊"));
    assert_eq!(q[0].3, s("说"));
}

#[test]
fn chinese_word_ending_in_shuo_is_no_verb() {
    let q = quotes(
        "zh",
        "这只是一个古老的传说，“山上住着神仙，每到月圆之夜就会下山。”",
    );
    assert!(q.iter().all(|r| r.1.is_none()), "{q:?}");
}

#[test]
fn chinese_organisation_speaks_but_no_pronoun_means_it() {
    let q = quotes(
        "zh",
        "教育局表示：“新学期的课程安排已经确定，家长可以放心。”\n\
         校长陈刚说：“我们会做好准备。”\n\
         “学生的安全永远是第一位的，我们不会放松。”他说。",
    );
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(q[0].1, s("教育局"));
    assert_eq!(q[2].1, s("校长陈刚"));
}

#[test]
fn japanese_quotative_without_speaker_keeps_the_cue() {
    let q = quotes(
        "ja",
        "「天候が回復すれば、明日には作業を再開できる」と話した。",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, None);
    assert_eq!(q[0].3, s("と話した"));
}

#[test]
fn japanese_yoruto_names_the_source() {
    let q = quotes(
        "ja",
        "関係者によると、「工事は来月にも始まり、年内に終わる見通しだ」という。",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, s("関係者"));
    assert_eq!(q[0].3, s("によると"));
}

#[test]
fn cjk_names_and_terms_in_brackets_are_no_quotations() {
    assert!(quotes("ja", "同社はアプリ「安心ネット」の提供を開始した。").is_empty());
    assert!(quotes("zh", "这部名为“星空”的电影今年上映。").is_empty());
}
/// The resolved speaker's name of each quotation.
fn names(lang: &str, text: &str) -> Vec<Option<String>> {
    quotes(lang, text).into_iter().map(|q| q.1).collect()
}

#[test]
fn a_short_chinese_name_is_the_full_name_with_a_middle_dot() {
    // The part after the dot, the part before it; a role before the name stays out.
    assert_eq!(
        names(
            "zh",
            "物理学家约翰·史密斯认为这个问题很复杂。\n\
             史密斯表示：“我们还需要更多的数据才能得出可靠的结论。”\n\
             “这项研究的意义非常重大，值得继续。”约翰说。"
        ),
        [s("约翰·史密斯"), s("约翰·史密斯")]
    );
    // … and the Latin name in brackets after it is the same person.
    assert_eq!(
        names(
            "zh",
            "纽约大学物理学教授约翰·史密斯（John Smith）研究这个问题已经二十年。\n\
             史密斯表示：“我们还需要更多的数据才能得出可靠的结论。”"
        ),
        [s("John Smith")]
    );
    // No dot, no other name: the name as written.
    assert_eq!(
        names(
            "zh",
            "史密斯表示：“我们还需要更多的数据才能得出可靠的结论。”"
        ),
        [s("史密斯")]
    );
}

#[test]
fn a_japanese_surname_with_an_honorific_or_a_title_is_the_known_person() {
    assert_eq!(
        names(
            "ja",
            "岸田文雄首相は記者会見で「経済対策を最優先で進める」と述べた。\n\
             岸田氏は「賃上げの流れを地方にも広げたい」と語った。\n\
             岸田首相は「来年の予算で必ず実現する」と強調した。"
        ),
        [s("岸田文雄首相"), s("岸田文雄首相"), s("岸田文雄首相")]
    );
    // A name ending in `部` is a person when known as one, not an office.
    assert_eq!(
        names(
            "ja",
            "阿部一郎さんは「店を続けるのは難しい」と話した。\n\
             阿部は「それでも来年まで頑張りたい」と語った。"
        ),
        [s("阿部一郎"), s("阿部一郎")]
    );
}
