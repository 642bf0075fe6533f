"""Realistic made-up cases, quickly, for benchmarks, tests and demonstrations (no real people)."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta

from carerhelp.domain.errors import StoreError
from carerhelp.domain.questionnaire.meaning import QuestionMeaning
from carerhelp.domain.questionnaire.tags import Tag
from carerhelp.storage.cases import CaseStore
from carerhelp.storage.database import to_json

FIRST = [
    "Siân",
    "Gwenllian",
    "Dafydd",
    "Morag",
    "Iain",
    "Siobhán",
    "Seán",
    "Amira",
    "Bernard",
    "Grace",
    "Priya",
    "Tomasz",
    "Aisha",
    "Oliver",
    "Margaret",
    "Llŷr",
    "Rhiannon",
    "Callum",
    "Niamh",
    "Kwame",
]
LAST = [
    "Roberts",
    "Jones",
    "Evans",
    "MacLeòid",
    "Ó Dónaill",
    "Hussain",
    "Okafor",
    "Kowalski",
    "Patel",
    "Smith",
    "Williams",
    "Campbell",
    "Byrne",
    "Taylor",
    "ap Rhŵs",
    "Davies",
    "Murray",
    "Kelly",
]
NATIONS = [
    ("england", "leeds"),
    ("england", "birmingham"),
    ("wales", "cardiff"),
    ("scotland", "glasgow-city"),
    ("northern_ireland", "belfast-health-and-social-care-trust"),
]
STATUSES = ["in_progress", "in_progress", "letter_sent", "waiting_reply", "closed"]
NOTES = ["", "", "Called back Tuesday", "Needs an interpreter", "Waiting for GP letter"]
VOLUNTEERS = [None, "Nia", "Owen", "Grace"]
POSTCODE_AREAS = {
    "england": ["LS", "B"],
    "wales": ["CF"],
    "scotland": ["G"],
    "northern_ireland": ["BT"],
}


def _case(
    rng: random.Random, meaning: QuestionMeaning
) -> tuple[dict[str, object], dict[str, object]]:
    """One made-up case: its row in `cases`, and its answers (found by the questions' tags)."""
    nation, council = rng.choice(NATIONS)
    carer = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(rng.choice([1, 1, 1, 2]))]
    area = rng.choice(POSTCODE_AREAS[nation])
    postcode = (
        f"{area}{rng.randrange(1, 30)} {rng.randrange(1, 9)}"
        f"{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRSTU')}"
    )
    when = (datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randrange(460_000))).isoformat(
        timespec="seconds"
    )
    tagged: dict[Tag, object] = {
        Tag.CARER_NAME: carer,
        Tag.POSTCODE: postcode,
        Tag.NATION: nation,
        Tag.COUNCIL: council,
        Tag.CARER_AGE: rng.randrange(16, 90),
    }
    answers: dict[str, object] = {_id(meaning, tag): value for tag, value in tagged.items()}
    answers |= {
        "caring_role": "family_friend",
        "carer_works": False,
        "study": "none",
        "universal_credit": rng.random() < 0.3,
        "people_count": len(people),
        "caring_nights": rng.choice(["never", "sometimes", "most_nights"]),
    }
    for n, name in enumerate(people, start=1):
        answers[_id(meaning, Tag.PERSON_NAME, n)] = name
        answers[_id(meaning, Tag.CARING_HOURS, n)] = rng.choice([10, 20, 35, 50, 80])
        benefits = meaning.person_fields[("benefits", n)]
        answers[benefits] = [rng.choice(["aa_higher", "pip_daily_standard", "none"])]
    row = {
        "uid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "status": rng.choice(STATUSES),
        "archived": 0,
        "carer_name": carer,
        "person_name": people[0],
        "nation": nation,
        "council": council,
        "postcode": postcode,
        "notes": rng.choice(NOTES),
        "created_at": when,
        "updated_at": when,
        "created_by": rng.choice(VOLUNTEERS),
    }
    return row, answers


def generate_demo_cases(store: CaseStore, n: int, seed: int = 0) -> list[int]:
    """Add `n` made-up cases (answers, people, search index) in one transaction; their ids.

    The same seed always gives the same cases. None is archived.
    """
    meaning = store.meaning
    rng = random.Random(seed)
    ids: list[int] = []
    with store.write() as conn:
        for _ in range(n):
            row, answers = _case(rng, meaning)
            cursor = conn.execute(
                f"INSERT INTO cases ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                tuple(row.values()),
            )
            case_id = int(cursor.lastrowid or 0)
            ids.append(case_id)
            conn.executemany(
                "INSERT INTO answers (case_id, question_id, value, updated_at) VALUES (?, ?, ?, ?)",
                [
                    (case_id, key, to_json(value), row["updated_at"])
                    for key, value in answers.items()
                ],
            )
            conn.executemany(
                "INSERT INTO people (case_id, position, name) VALUES (?, ?, ?)",
                [
                    (case_id, meaning.person_names[key], value)
                    for key, value in answers.items()
                    if key in meaning.person_names
                ],
            )
        if ids:
            conn.execute(
                "INSERT INTO cases_fts (rowid, carer_name, person_name, postcode, notes) "
                "SELECT id, carer_name, person_name, postcode, notes FROM cases WHERE id >= ?",
                (ids[0],),
            )
    return ids


def _id(meaning: QuestionMeaning, tag: Tag, person: int | None = None) -> str:
    question_id = meaning.id_tagged(tag, person)
    if question_id is None:
        raise StoreError(f"No question is tagged '{tag}', so the demo cases can't be made.")
    return question_id
