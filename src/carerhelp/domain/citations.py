"""The one table of laws and rules that every finding and every letter cites (never typed twice)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Citation:
    key: str
    act: str
    section: str
    plain: str

    @property
    def short(self) -> str:
        return f"{self.act}, {self.section}" if self.section else self.act


_CARE_ACT = "Care Act 2014"
_WALES_ACT = "Social Services and Well-being (Wales) Act 2014"
_SCOT_ACT = "Carers (Scotland) Act 2016"
_NI_ACT = "Carers and Direct Payments Act (Northern Ireland) 2002"

CITATIONS: dict[str, Citation] = {
    c.key: c
    for c in (
        Citation(
            "care_act_s10",
            _CARE_ACT,
            "section 10",
            "the council must assess a carer who appears to need support",
        ),
        Citation(
            "care_act_s10_4",
            _CARE_ACT,
            "section 10(4)",
            "a carer's finances do not affect the right to an assessment",
        ),
        Citation(
            "care_act_s10_7", _CARE_ACT, "section 10(7)", "the carer can involve anyone they choose"
        ),
        Citation(
            "care_act_s9",
            _CARE_ACT,
            "section 9",
            "the council must assess an adult who appears to need care",
        ),
        Citation(
            "care_act_s9_3",
            _CARE_ACT,
            "section 9(3)",
            "their finances do not affect the right to an assessment",
        ),
        Citation(
            "care_act_s20", _CARE_ACT, "section 20", "the duty to meet a carer's eligible needs"
        ),
        Citation(
            "care_act_s14_3",
            _CARE_ACT,
            "section 14(3)",
            "care given to the person cared for can't be charged to the carer",
        ),
        Citation(
            "care_act_s60",
            _CARE_ACT,
            "section 60",
            "assessment of a parent carer when their disabled child is nearing 18",
        ),
        Citation(
            "care_act_s63",
            _CARE_ACT,
            "section 63",
            "assessment of a young carer nearing 18",
        ),
        Citation(
            "eligibility_reg3",
            "Care and Support (Eligibility Criteria) Regulations 2015 (SI 2015/313)",
            "regulation 3",
            "when a carer's needs are eligible in England",
        ),
        Citation(
            "children_act_s17za", "Children Act 1989", "section 17ZA", "assessment of a young carer"
        ),
        Citation(
            "children_act_s17zd",
            "Children Act 1989",
            "section 17ZD",
            "assessment of a parent carer of a disabled child",
        ),
        Citation(
            "wales_s24",
            _WALES_ACT,
            "section 24",
            "the council must assess a carer who appears to need support",
        ),
        Citation(
            "wales_s24_3",
            _WALES_ACT,
            "section 24(3)",
            "a carer's finances do not affect the right to an assessment",
        ),
        Citation(
            "wales_s19",
            _WALES_ACT,
            "section 19",
            "the council must assess an adult who appears to need care",
        ),
        Citation(
            "wales_s40",
            _WALES_ACT,
            "section 40",
            "the duty to meet an adult carer's eligible needs",
        ),
        Citation(
            "wales_reg5",
            "Welsh eligibility regulations (SI 2015/1578)",
            "regulation 5",
            "when a carer's needs are eligible in Wales",
        ),
        Citation(
            "scot_s6",
            _SCOT_ACT,
            "section 6",
            "the council must offer and prepare an adult carer support plan",
        ),
        Citation(
            "scot_s6_6",
            _SCOT_ACT,
            "section 6(6)",
            "the council where the cared-for person lives is responsible",
        ),
        Citation("scot_s9", _SCOT_ACT, "section 9", "what an adult carer support plan must record"),
        Citation(
            "scot_s12",
            _SCOT_ACT,
            "section 12",
            "the council must offer and prepare a young carer statement",
        ),
        Citation(
            "scot_s21",
            _SCOT_ACT,
            "sections 21 and 22",
            "each council sets and publishes its local eligibility criteria",
        ),
        Citation(
            "scot_s24",
            _SCOT_ACT,
            "section 24",
            "the duty to support carers whose needs meet the local criteria",
        ),
        Citation(
            "scot_s25",
            _SCOT_ACT,
            "section 25",
            "the council must consider whether support should be a break from caring",
        ),
        Citation(
            "scot_s35",
            _SCOT_ACT,
            "section 35",
            "each council must publish a Short Breaks Services Statement",
        ),
        Citation(
            "scot_terminal",
            "Scottish Statutory Instrument 2021/133",
            "timescales for carers of terminally ill people",
            "timescales for carers of people who are terminally ill",
        ),
        Citation(
            "ni_s1",
            _NI_ACT,
            "section 1",
            "a carer can ask the Health and Social Care Trust for an assessment",
        ),
        Citation(
            "ni_s2",
            _NI_ACT,
            "section 2",
            "the Trust may provide services to carers (a power, not a duty)",
        ),
        Citation(
            "ni_art17a",
            "Children (Northern Ireland) Order 1995",
            "Article 17A",
            "assessment of a child who gives a substantial amount of care",
        ),
        Citation(
            "ni_art18a",
            "Children (Northern Ireland) Order 1995",
            "Article 18A",
            "assessment of a parent carer of a disabled child (scope not confirmed)",
        ),
        Citation(
            "ni_s7",
            _NI_ACT,
            "section 7",
            "the Trust must tell carers of their right to ask for an assessment",
        ),
        Citation(
            "carers_allowance",
            "Carer's Allowance rules",
            "GOV.UK: Carer's Allowance eligibility",
            "who can get Carer's Allowance",
        ),
        Citation(
            "carers_allowance_ni",
            "Carer's Allowance rules",
            "nidirect: Carer's Allowance",
            "who can get Carer's Allowance in Northern Ireland",
        ),
        Citation(
            "carer_support_payment",
            "Carer Support Payment",
            "Scottish Government (replaced Carer's Allowance in Scotland from 4 November 2024)",
            "who can get Carer Support Payment",
        ),
        Citation(
            "carers_allowance_supplement",
            "Carer's Allowance Supplement",
            "Scottish Government",
            "the twice-yearly extra payment in Scotland",
        ),
        Citation(
            "carers_credit",
            "Carer's Credit rules",
            "GOV.UK: Carer's Credit",
            "National Insurance credits for carers",
        ),
        Citation(
            "uc_carer_element",
            "Universal Credit",
            "carer element",
            "extra Universal Credit for carers",
        ),
        Citation(
            "council_tax_disregard",
            "Council Tax",
            "carer disregard",
            "a carer can be left out when counting adults for Council Tax",
        ),
        Citation(
            "ni_rates",
            "Domestic rates (Northern Ireland)",
            "nidirect: Disabled Person's Allowance",
            "Northern Ireland has rates, not Council Tax; its rates help is for adapted homes",
        ),
        Citation(
            "carers_leave",
            "Carer's Leave Act 2023 and Carer's Leave Regulations 2024",
            "",
            "one week's unpaid carer's leave a year (Great Britain)",
        ),
        Citation(
            "flexible_working",
            "Flexible working",
            "day-one right to request (Great Britain, from 6 April 2024)",
            "the right to ask for flexible working",
        ),
        Citation(
            "flexible_working_ni",
            "Flexible working",
            "Northern Ireland rules for carers",
            "the right to ask for flexible working in Northern Ireland",
        ),
    )
}


def cite(*keys: str) -> str:
    """The citations for these keys, joined for display: "Care Act 2014, section 10; …"."""
    return "; ".join(CITATIONS[key].short for key in keys)
