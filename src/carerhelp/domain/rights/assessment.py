"""Assessment rights for the carer and the person cared for, and whether support is likely."""

from __future__ import annotations

from carerhelp.domain.citations import cite
from carerhelp.domain.model import Finding, Nation, Status, Topic
from carerhelp.domain.rights.context import Situation

UNABLE = {"with_help", "distress", "risk", "cannot"}
OUTCOMES = {
    "impact_children": "looking after children",
    "impact_others": "caring for others",
    "impact_home": "keeping your home fit to live in",
    "impact_meals": "eating properly",
    "impact_relationships": "keeping up relationships",
    "impact_work": "work, study, training or volunteering",
    "impact_local": "using local services",
    "impact_leisure": "having time for things you enjoy",
}
TRANSITION_STEP = (
    "As 18 gets near, ask the council for a transition assessment: it looks at the help "
    "that will be needed after 18, before the change happens."
)
BODY = {
    Nation.ENGLAND: "your council's adult social care team",
    Nation.WALES: "your council's social services",
    Nation.SCOTLAND: "the social work services of the council where the person you care for lives",
    Nation.NORTHERN_IRELAND: "the Health and Social Care Trust for the person you care for",
}


def finding(fid: str, status: Status, title: str, why: str, citation: str, *steps: str) -> Finding:
    return Finding(fid, Topic.RIGHTS, status, title, why, citation, tuple(steps))


def carer_assessment(s: Situation) -> Finding:
    title = "A carer's assessment"
    if s.caring_role in {"paid", "volunteer"}:
        what = "a paid job" if s.caring_role == "paid" else "voluntary work for an organisation"
        if s.nation is Nation.ENGLAND:
            return finding(
                "carer_assessment",
                Status.NOT_ELIGIBLE,
                title,
                f"You said you care as {what}. In England, care given under a contract or as "
                "voluntary work for an organisation does not make you a carer under the Care Act.",
                cite("care_act_s10"),
                "If you also care for someone unpaid, as family or a friend, answer for that caring.",
            )
        return finding(
            "carer_assessment",
            Status.NEED_MORE_INFO,
            title,
            f"You said you care as {what}. Paid or voluntary care usually doesn't count, but "
            "CarerHelp can only confirm this rule for England. Ask your council whether your care counts.",
            _nation_right_cite(s),
            "Ask the council whether you count as a carer.",
        )
    if s.nation is Nation.ENGLAND:
        near_18 = s.carer_age is not None and 16 <= s.carer_age < 18
        child_near_18 = any(p.relationship == "child" and p.age in (16, 17) for p in s.people)
        if s.young_carer:
            return finding(
                "carer_assessment",
                Status.ENTITLED,
                "A young carer's assessment",
                "You are under 18 and help look after someone. The council must assess young carers "
                "who appear to need support, or who ask.",
                cite("children_act_s17za", *(["care_act_s63"] if near_18 else [])),
                "Ask the council's children's services for a young carer's assessment.",
                "Tell a teacher or someone you trust that you are a young carer.",
                *([TRANSITION_STEP] if near_18 else []),
            )
        if s.parent_of_disabled_child and not s.cares_for_adult:
            return finding(
                "carer_assessment",
                Status.ENTITLED,
                "A parent carer's needs assessment",
                "You care for your disabled child. The council must assess a parent carer's needs "
                "when it appears they may need support, or when they ask. This is an assessment; "
                "it does not by itself give a right to services.",
                cite("children_act_s17zd", *(["care_act_s60"] if child_near_18 else [])),
                "Ask the council's children's services for a parent carer's needs assessment.",
                *([TRANSITION_STEP] if child_near_18 else []),
            )
        return finding(
            "carer_assessment",
            Status.ENTITLED,
            title,
            "The council must assess any carer who appears to need support, now or in the future. "
            "Your money and savings make no difference to this right, and neither does how much "
            "care you give.",
            cite("care_act_s10", "care_act_s10_4"),
            "Send the letter CarerHelp makes to your council's adult social care team.",
            "Ask them when the assessment will happen.",
        )
    if s.nation is Nation.WALES:
        return finding(
            "carer_assessment",
            Status.ENTITLED,
            title,
            "The council must assess any carer who appears to need support. This covers people "
            "who care for an adult or a disabled child, and child carers. Your money and savings "
            "make no difference to this right.",
            cite("wales_s24", "wales_s24_3"),
            "Send the letter CarerHelp makes to your council's social services.",
        )
    if s.nation is Nation.SCOTLAND:
        if s.young_carer:
            return finding(
                "carer_assessment",
                Status.ENTITLED,
                "A young carer statement",
                "You are under 18, or 18 and still at school. The council must offer you a young "
                "carer statement and prepare one if you ask.",
                cite("scot_s12"),
                "Ask the council for a young carer statement.",
            )
        if s.get("terminal_illness"):
            return finding(
                "carer_assessment",
                Status.ENTITLED,
                "An adult carer support plan, quickly",
                "The council must offer an adult carer support plan to every carer it knows of. "
                "Because the person you care for is terminally ill, there are time limits: the "
                "council must offer you a plan within 2 working days, talk with you within 5, "
                "and prepare the plan within 10.",
                cite("scot_s6", "scot_terminal"),
                "Say in your letter that the person you care for is terminally ill.",
                "If the council misses these time limits, tell it in writing.",
            )
        return finding(
            "carer_assessment",
            Status.ENTITLED,
            "An adult carer support plan",
            "The council must offer an adult carer support plan to every carer it knows of, and "
            "prepare one if you ask. The council where the person you care for lives is responsible.",
            cite("scot_s6", "scot_s6_6"),
            "Send the letter CarerHelp makes to the council's social work services.",
        )
    if s.nation is Nation.NORTHERN_IRELAND:
        if s.young_carer:
            return finding(
                "carer_assessment",
                Status.ENTITLED,
                "A young carer's assessment",
                "You are under 18. A child who gives a substantial amount of care on a regular basis "
                "can ask for an assessment.",
                cite("ni_art17a"),
                "Ask the Health and Social Care Trust for an assessment.",
            )
        if s.parent_of_disabled_child and not s.cares_for_adult:
            return finding(
                "carer_assessment",
                Status.POSSIBLE,
                "An assessment as the parent of a disabled child",
                "The law in Northern Ireland has a route for parents of disabled children to be "
                "assessed, but CarerHelp could not confirm exactly who it covers. Ask the Trust "
                "for an assessment anyway: the Trust must tell carers about their right to ask.",
                cite("ni_art18a", "ni_s7"),
                "Ask the Health and Social Care Trust's children's disability team for an "
                "assessment of your needs as a parent carer.",
            )
        return finding(
            "carer_assessment",
            Status.ENTITLED,
            title,
            "You can ask your Health and Social Care Trust for a carer's assessment. The Trust must "
            "assess you when you ask, if it can provide social care to the person you look after.",
            cite("ni_s1"),
            "Send the letter CarerHelp makes to the Health and Social Care Trust.",
        )
    return finding(
        "carer_assessment",
        Status.NEED_MORE_INFO,
        title,
        "Tell CarerHelp which country of the UK you live in: the law is different in each.",
        "The law of your nation",
        "Answer 'Which country of the UK do you live in?'",
    )


def _nation_right_cite(s: Situation) -> str:
    keys = {
        Nation.ENGLAND: "care_act_s10",
        Nation.WALES: "wales_s24",
        Nation.SCOTLAND: "scot_s6",
        Nation.NORTHERN_IRELAND: "ni_s1",
    }
    return cite(keys[s.nation]) if s.nation else "The law of your nation"


def their_assessment(s: Situation) -> Finding | None:
    if not s.get("want_their_assessment") or s.nation is None:
        return None
    agreement = s.get("their_agreement")
    body = BODY[s.nation]
    title = "An assessment for the person you care for"
    if agreement == "not_agreed":
        return finding(
            "their_assessment",
            Status.UNLIKELY,
            title,
            "An assessment of their own needs is done with their agreement. You said they don't "
            "agree, so the council may not be able to assess them. You can still ask for your own "
            "carer's assessment.",
            _their_cite(s),
            "Talk to them again, or ask the council for advice.",
        )
    note = {
        "agreed": "You said they agree.",
        "not_asked": "Ask them first: the council will want to know they agree.",
        "cannot_decide": "You said they can't decide this for themselves. Tell the council, so "
        "that it can arrange the assessment in the right way for them.",
    }.get(agreement or "", "")
    if s.nation in (Nation.ENGLAND, Nation.WALES):
        return finding(
            "their_assessment",
            Status.LIKELY,
            title,
            "The council must assess an adult who appears to need care and support. Their money "
            f"makes no difference to this right. {note}".strip(),
            _their_cite(s),
            f"Ask {body} in the same letter.",
        )
    return finding(
        "their_assessment",
        Status.POSSIBLE,
        title,
        f"You can ask {body} to assess what help they need. {note} CarerHelp does not yet hold the "
        "exact law for this in your nation, so the letter asks without quoting a section.".strip(),
        _their_cite(s),
        f"Ask {body} in the same letter.",
    )


def _their_cite(s: Situation) -> str:
    if s.nation is Nation.ENGLAND:
        return cite("care_act_s9", "care_act_s9_3")
    if s.nation is Nation.WALES:
        return cite("wales_s19")
    if s.nation is Nation.NORTHERN_IRELAND:
        return cite("ni_s1") + " (the carer's own request)"
    return "Your council's social work services (no section confirmed)"


def support_likely(s: Situation) -> Finding | None:
    if s.nation is None or s.caring_role in {"paid", "volunteer"}:
        return None
    title = (
        "Whether the Trust is likely to give you support"
        if s.nation is Nation.NORTHERN_IRELAND
        else "Whether the council is likely to give you support"
    )
    unable = [label for qid, label in OUTCOMES.items() if s.get(qid) in UNABLE]
    health = s.get("impact_health") in {"at_risk", "getting_worse"}
    wellbeing = s.get("impact_wellbeing")
    if s.nation is Nation.ENGLAND:
        if not unable and not health:
            return finding(
                "support_likely",
                Status.UNLIKELY,
                title,
                "In England your needs are eligible if caring puts your health at risk, or stops "
                "you doing at least one of eight everyday things, and this has a significant effect "
                "on your wellbeing. From your answers, neither applies yet. You still have the right "
                "to an assessment, and things can change.",
                cite("eligibility_reg3"),
                "If things get harder, ask for an assessment then.",
            )
        reasons = (["your health"] if health else []) + unable
        listed = (
            reasons[0] if len(reasons) == 1 else ", ".join(reasons[:-1]) + " and " + reasons[-1]
        )
        if wellbeing == "a_lot":
            return finding(
                "support_likely",
                Status.LIKELY,
                title,
                f"Caring is affecting {listed}, and it is having a big effect on your life. In "
                "England that usually means your needs are eligible for support. 'Unable' includes "
                "managing only with help, or with a lot of pain, stress or worry.",
                cite("eligibility_reg3", "care_act_s20"),
                "Tell the assessor about each of these. The letter lists them for you.",
            )
        return finding(
            "support_likely",
            Status.POSSIBLE,
            title,
            f"Caring is affecting {listed}. Support is given when this has a significant effect on "
            "your wellbeing. "
            + (
                "You haven't said how much caring affects your life overall"
                if wellbeing is None
                else f"You said the effect is {'quite a lot' if wellbeing == 'some' else 'a little'}"
            )
            + "; the assessor decides.",
            cite("eligibility_reg3"),
            "Be honest with the assessor about how hard things are.",
        )
    if s.nation is Nation.WALES:
        return finding(
            "support_likely",
            Status.POSSIBLE,
            title,
            "In Wales the council looks at how your needs arise, whether you can meet them alone "
            "or with help, and whether your outcomes would be met without its support. CarerHelp "
            "can't yet check the full list of well-being areas, so it can't say more.",
            cite("wales_reg5", "wales_s40"),
            "Ask the council how it will decide, and for its decision in writing.",
        )
    if s.nation is Nation.SCOTLAND:
        return finding(
            "support_likely",
            Status.POSSIBLE,
            title,
            "In Scotland each council sets and publishes its own eligibility criteria. The council "
            "must support carers whose needs meet them, and may support others.",
            cite("scot_s21", "scot_s24"),
            "Ask the council for its local eligibility criteria for carers.",
        )
    return finding(
        "support_likely",
        Status.NEED_MORE_INFO,
        title,
        "In Northern Ireland the Trust may provide services to carers, but this is a power, not a "
        "duty. CarerHelp found no published eligibility rules to check your answers against.",
        cite("ni_s2"),
        "Ask the Trust how it decides who gets support.",
    )
