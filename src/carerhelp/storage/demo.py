"""Realistic made-up cases, quickly, for benchmarks, tests and demonstrations (no real people)."""

from __future__ import annotations

import json
import random
import uuid
from datetime import UTC, datetime, timedelta

from carerhelp.storage.cases import CaseStore
from carerhelp.storage.search import index_case

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


def generate_demo_cases(store: CaseStore, n: int, seed: int = 0) -> None:
    """Add `n` made-up cases with answers in one transaction."""
    rng = random.Random(seed)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    with store.write() as conn:
        for _ in range(n):
            carer = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            nation, council = rng.choice(NATIONS)
            when = (start + timedelta(minutes=rng.randrange(0, 460_000))).isoformat(
                timespec="seconds"
            )
            postcode = f"{rng.choice(['LS', 'CF', 'G', 'BT', 'B'])}{rng.randrange(1, 30)} {rng.randrange(1, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRSTU')}"
            cursor = conn.execute(
                "INSERT INTO cases (uid, status, archived, carer_name, person_name, nation, council, postcode,"
                " notes, created_at, updated_at) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    str(uuid.UUID(int=rng.getrandbits(128))),
                    rng.choice(STATUSES),
                    carer,
                    person,
                    nation,
                    council,
                    postcode,
                    rng.choice(
                        ["", "Called back Tuesday", "Needs interpreter", "Waiting for GP letter"]
                    ),
                    when,
                    when,
                ),
            )
            case_id = int(cursor.lastrowid or 0)
            index_case(conn, case_id)
            answers = {
                "carer_name": carer,
                "nation": nation,
                "council": council,
                "carer_postcode": postcode,
                "carer_age": rng.randrange(16, 90),
                "people_count": 1,
                "person1_name": person,
                "person1_hours": rng.choice([10, 20, 35, 50, 80]),
                "person1_benefits": [rng.choice(["aa_higher", "pip_daily_standard", "none"])],
                "caring_role": "family_friend",
                "carer_works": False,
                "study": "none",
                "universal_credit": False,
            }
            conn.executemany(
                "INSERT INTO answers (case_id, question_id, value, updated_at) VALUES (?, ?, ?, ?)",
                [
                    (case_id, key, json.dumps(value, ensure_ascii=False), when)
                    for key, value in answers.items()
                ],
            )
