"""A dated deed a condemnation names happened, and whoever suffered it did not do it.

"The arrest of the opposition leader in Harare on Monday was condemned by the United States":
the arrest is reported as done (a condemnation presupposes it), and the one arrested is its
target only; an allegation ("accused the army of executing 20 civilians in January") stays the
accuser's account, done by the accused. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.events.test_aimed_at import parties
from tests.events.test_missed_acts import one


@pytest.mark.parametrize("text, trigger, target", [
    ("The arrest of the opposition leader in Harare on Monday was condemned by the United States.", "arrest",
     "the opposition leader"),
    ("The shelling of the hospital in Kharkiv on Monday was condemned by the United Nations.", "shelling",
     "the hospital"),
])
def test_a_deed_condemned_happened_and_its_victim_did_not_do_it(noclean_pipeline, text, trigger, target):
    row = one(noclean_pipeline, text, trigger)
    assert (row.status, parties(row)) == ("asserted", (None, target))


def test_a_deed_alleged_stays_the_accuser_s_account_done_by_the_accused(noclean_pipeline):
    row = one(noclean_pipeline, "Rights groups accused the army of executing 20 civilians in Merawi in January.",
              "executing")
    assert (row.status, parties(row)) == ("hedged", ("the army", "20 civilians"))


def test_a_deed_a_party_is_criticised_for_is_its_own(noclean_pipeline):
    row = one(noclean_pipeline, "The UN criticised the junta for the arrest of 30 students on Monday.", "arrest")
    assert parties(row) == ("the junta", "30 students")
