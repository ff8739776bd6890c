"""Changes to follow-up rounds: starting one, choosing its audits, and the auditors'
assessments, each logged as its editor's (storage.edits).

An assessment is saved only over the version the form was opened on: the row's ``version``
is compared and moved on in the one UPDATE that writes it, so of two auditors who opened the
same recommendation, the one who saves second is told instead of writing over the first
(on PostgreSQL the second UPDATE waits for the first to commit and then finds the version
moved; on SQLite writers take turns).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError

from storage.base import utcnow
from storage.edits import Edit
from storage.enums import FollowUpAssessment
from storage.errors import NotFound, StorageError
from storage.followup import audits_in_round, due_recommendations, find_round, round_by_id
from storage.followup_models import FollowUpItem, FollowUpRound
from storage.models import Audit, Recommendation


class StaleForm(StorageError):
    """Someone saved the assessment after this form was opened."""

    def __init__(self, item_id: int) -> None:
        super().__init__("follow_up_stale", item_id=item_id)
        self.item_id = item_id


@dataclass(frozen=True, slots=True)
class Chosen:
    """What choosing the round's audits did to its recommendations."""

    added: int
    removed: int
    # Assessed recommendations of audits taken out: an assessment is never thrown away.
    kept: int


def start_round(edit: Edit, *, organisation_id: int, year: int) -> tuple[int, bool]:
    """The round of ``year`` for the organisation, started with the recommendations due for
    follow-up if there was none; True when this call started it."""
    session = edit.session
    existing = find_round(session, team_id=edit.team_id, organisation_id=organisation_id, year=year)
    if existing is not None:
        return existing.id, False
    new_round = FollowUpRound(
        team_id=edit.team_id, organisation_id=organisation_id, year=year, created_by=edit.actor
    )
    try:
        with session.begin_nested():
            session.add(new_round)
    except IntegrityError:
        # Another editor started it at the same moment: theirs is the round.
        found = find_round(
            session, team_id=edit.team_id, organisation_id=organisation_id, year=year
        )
        if found is None:
            raise
        return found.id, False
    edit.log(new_round, "started", None, year)
    _add_items(
        edit,
        new_round.id,
        due_recommendations(
            session, team_id=edit.team_id, organisation_id=organisation_id, year=year
        ),
    )
    return new_round.id, True


def _add_items(edit: Edit, round_id: int, recommendation_ids: Sequence[int]) -> int:
    taken = set(
        edit.session.scalars(
            select(FollowUpItem.recommendation_id).where(FollowUpItem.round_id == round_id)
        )
    )
    new = [rec_id for rec_id in dict.fromkeys(recommendation_ids) if rec_id not in taken]
    edit.session.add_all(
        FollowUpItem(
            team_id=edit.team_id,
            round_id=round_id,
            recommendation_id=rec_id,
            version=0,
            added_by=edit.actor,
        )
        for rec_id in new
    )
    return len(new)


def choose_audits(
    edit: Edit, *, round_id: int, chosen: Collection[int], offered: Collection[int]
) -> Chosen:
    """Of the ``offered`` audits, make the ``chosen`` ones the round's: their recommendations
    are put in, those of the others taken out unless someone has assessed them."""
    session = edit.session
    found = round_by_id(session, team_id=edit.team_id, round_id=round_id)
    own = set(
        session.scalars(
            select(Audit.id).where(
                Audit.team_id == edit.team_id,
                Audit.organisation_id == found.organisation_id,
                Audit.id.in_([*chosen, *offered]),
            )
        )
    )
    strangers = sorted({*chosen, *offered} - own)
    if strangers:
        raise NotFound("audit", ", ".join(str(audit_id) for audit_id in strangers))
    current = set(session.scalars(audits_in_round(round_id).distinct()))
    round_row = edit.row(FollowUpRound, round_id)
    taking = sorted(set(chosen) - current)
    added = _add_items(
        edit,
        round_id,
        list(
            session.scalars(
                select(Recommendation.id)
                .where(Recommendation.audit_id.in_(taking))
                .order_by(Recommendation.audit_id, Recommendation.position)
            )
        ),
    )
    removed = kept = 0
    for audit_id in sorted((set(offered) & current) - set(chosen)):
        of_audit = select(Recommendation.id).where(Recommendation.audit_id == audit_id)
        in_audit = (FollowUpItem.round_id == round_id, FollowUpItem.recommendation_id.in_(of_audit))
        removed += session.execute(
            delete(FollowUpItem).where(*in_audit, FollowUpItem.assessment.is_(None))
        ).rowcount
        kept += session.scalar(select(func.count()).select_from(FollowUpItem).where(*in_audit))
        edit.log(round_row, "audit", audit_id, None)
    for audit_id in taking:
        edit.log(round_row, "audit", None, audit_id)
    return Chosen(added, removed, kept)


def assess(
    edit: Edit,
    *,
    item_id: int,
    seen_version: int,
    assessment: str,
    comment: str,
    evidence: str | None,
) -> bool:
    """Save an assessment over the version the form showed; StaleForm when someone saved
    another since. False (and nothing logged) when it changes nothing."""
    if assessment not in set(FollowUpAssessment):
        raise StorageError("invalid_assessment", assessment=assessment)
    item = edit.row(FollowUpItem, item_id)
    if item.version != seen_version:
        raise StaleForm(item_id)
    new = {"assessment": assessment, "comment": comment, "evidence": evidence}
    changed = {name: (getattr(item, name), value) for name, value in new.items()}
    changed = {name: values for name, values in changed.items() if values[0] != values[1]}
    if not changed:
        return False
    written = edit.session.execute(
        update(FollowUpItem)
        .where(FollowUpItem.id == item_id, FollowUpItem.version == seen_version)
        .values(
            **new,
            assessed_by=edit.actor,
            assessed_at=utcnow(),
            version=FollowUpItem.version + 1,
        )
        .execution_options(synchronize_session=False)
    )
    if written.rowcount != 1:
        raise StaleForm(item_id)
    for name, (old, value) in changed.items():
        edit.log(item, name, old, value)
    edit.session.expire(item)
    return True
