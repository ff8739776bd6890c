"""How the national dataset's rows are made: one organisation at a time, its boards, audits,
questions, recommendations, responses and actions, dated around ``today``."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections import Counter
from dataclasses import dataclass

from bot.demo import findings, words
from bot.demo.shape import Rows, Scale
from bot.demo.words import instant, join, month_end, swedish_date, swedish_month
from ingest.assessment import normalise_assessment
from ingest.bodies import abbreviate
from storage import bulk
from storage.bodies import default_aliases
from storage.enums import ActionStatus, DuePrecision, RecommendationStatus
from storage.models import (
    Action,
    ActionBoard,
    Audit,
    AuditBody,
    Body,
    ChangeLog,
    Organisation,
    Question,
    Recommendation,
    RecommendationAddressee,
    Response,
    ResponseRequest,
    SourceDocument,
    Subscription,
)
from storage.status import derived_status

GENERATOR_ACTOR = "generator"
GROUP_LABEL = "berörda nämnder"


@dataclass
class _Body:
    id: int
    name: str
    abbreviation: str


@dataclass
class Builder:
    ids: bulk.IdAllocator
    team_id: str
    today: dt.date
    scale: Scale
    rng: random.Random
    _channel_serial: int = 0

    def organisation_names(self) -> list[tuple[str, str]]:
        return words.organisation_names(self.rng, self.scale.kommuner, self.scale.regioner)

    # -- one organisation with everything below it ------------------------------------------

    def organisation(self, rows: Rows, *, kind: str, name: str) -> None:
        rng = self.rng
        org_id = self.ids.take(Organisation.__table__)
        first_year = self.today.year - self.scale.years + 1
        rows.add(
            Organisation.__table__,
            {
                "id": org_id,
                "team_id": self.team_id,
                "name": name,
                "chair_user_id": f"U{org_id:08d}" if rng.random() < 0.8 else None,
                "created_at": instant(dt.date(first_year, 1, 2)),
            },
        )
        bodies = self._bodies(rows, org_id, kind)
        topics = words.KOMMUN_TOPICS if kind == "kommun" else words.REGION_TOPICS
        for year in range(first_year, self.today.year + 1):
            for index in range(self.scale.audits_per_year):
                topic = topics[rng.randrange(len(topics))]
                self._audit(rows, org_id, name, bodies, topic, year, index)
        if rng.random() < self.scale.watched_share:
            self._subscription(rows, org_id, first_year)

    def _bodies(self, rows: Rows, org_id: int, kind: str) -> dict[str, _Body]:
        core, groups = (
            (words.KOMMUN_CORE, words.KOMMUN_GROUPS)
            if kind == "kommun"
            else (words.REGION_CORE, words.REGION_GROUPS)
        )
        wanted = self.rng.randint(6, 10)
        names = list(core)
        taken = {abbreviate(n) for n in names}
        for group in self.rng.sample(groups, len(groups)):
            if len(names) >= wanted:
                break
            choice = self.rng.choice(group)
            abbreviation = abbreviate(choice)
            if abbreviation in taken:
                continue
            taken.add(abbreviation)
            names.append(choice)
        bodies: dict[str, _Body] = {}
        for body_name in names:
            body = _Body(self.ids.take(Body.__table__), body_name, abbreviate(body_name))
            bodies[body_name] = body
            rows.add(
                Body.__table__,
                {
                    "id": body.id,
                    "team_id": self.team_id,
                    "organisation_id": org_id,
                    "name": body_name,
                    "abbreviation": body.abbreviation,
                    "aliases": default_aliases(body_name),
                },
            )
        return bodies

    def _audited_bodies(self, bodies: dict[str, _Body], preferred: tuple[str, ...]) -> list[_Body]:
        chosen = [bodies[n] for n in preferred if n in bodies]
        executive = next(iter(bodies.values()))
        if not chosen:
            chosen = [executive]
        others = [b for b in bodies.values() if b not in chosen]
        if others and self.rng.random() < 0.3:
            chosen.append(self.rng.choice(others))
        return chosen[:3]

    def _report_date(self, year: int, index: int) -> dt.date:
        start, end = dt.date(year, 1, 20), dt.date(year, 12, 15)
        if year == self.today.year:
            end = max(self.today - dt.timedelta(days=7), dt.date(year, 1, 1))
            start = min(start, end)
        fraction = (index + self.rng.random()) / self.scale.audits_per_year
        return start + dt.timedelta(days=int((end - start).days * fraction))

    def _audit(
        self,
        rows: Rows,
        org_id: int,
        org_name: str,
        bodies: dict[str, _Body],
        topic: tuple[str, tuple[str, ...]],
        year: int,
        index: int,
    ) -> None:
        rng = self.rng
        subject, preferred = topic
        audit_id = self.ids.take(Audit.__table__)
        firm, labels = words.FIRMS[rng.randrange(len(words.FIRMS))]
        report_date = self._report_date(year, index)
        by_month = rng.random() < 0.05
        audited = self._audited_bodies(bodies, preferred)
        grades = [rng.choices(labels, weights=(3, 4, 2, 1)[: len(labels)])[0] for _ in range(4)]
        question_count = rng.randint(3, 6)
        labels_given = [rng.choice(grades) for _ in range(question_count)]
        worst = max(labels_given, key=labels.index)
        overall_scale = normalise_assessment(worst) or "partly"
        title = f"Granskning av {subject}" + (f" {year}" if rng.random() < 0.25 else "")
        rows.add(
            Audit.__table__,
            {
                "id": audit_id,
                "team_id": self.team_id,
                "organisation_id": org_id,
                "title": title,
                "audit_firm": firm,
                "report_date": report_date.replace(day=1) if by_month else report_date,
                "report_date_precision": "month" if by_month else "day",
                "audit_year": year,
                "purpose": f"Syftet är att bedöma om {join([b.name for b in audited])} har en "
                f"ändamålsenlig styrning, uppföljning och kontroll av {subject}.",
                "overall_assessment": f"Vår samlade bedömning är att "
                f"{join([b.name for b in audited])} {words.ASSESSMENT_PHRASES[overall_scale]} "
                f"{subject}. Vi ser särskilt brister i {rng.choice(words.SUBJECTS)} och "
                f"{rng.choice(words.SUBJECTS)}.",
                "notes": None,
                "created_at": instant(report_date),
            },
        )
        for position, body in enumerate(audited):
            rows.add(
                AuditBody.__table__,
                {"audit_id": audit_id, "body_id": body.id, "position": position},
            )
        report_name = f"{org_name} {title} {year}.pdf".replace(" ", "-").lower()
        report = self._document(rows, audit_id, report_name, report_date, "import")
        findings.add_report_text(
            rows,
            self.ids,
            team_id=self.team_id,
            audit_id=audit_id,
            document_id=report,
            subject=subject,
            bodies=[b.name for b in audited],
            scale=overall_scale,
        )
        for position, label in enumerate(labels_given):
            scale = normalise_assessment(label)
            rows.add(
                Question.__table__,
                {
                    "id": self.ids.take(Question.__table__),
                    "team_id": self.team_id,
                    "audit_id": audit_id,
                    "position": position,
                    "number": str(position + 1) if rng.random() < 0.7 else None,
                    "text": words.question_text(self.rng, self.rng.choice(audited).name),
                    "assessment_label": label,
                    "assessment_scale": scale,
                    "assessment_text": findings.assessment_text(scale, subject),
                    "body_id": rng.choice(audited).id if rng.random() < 0.2 else None,
                },
            )
        responses = self._requests_and_responses(rows, audit_id, audited, report_date)
        self._recommendations(rows, audit_id, audited, responses, year)

    def _document(self, rows: Rows, audit_id: int, name: str, day: dt.date, field: str) -> int:
        document_id = self.ids.take(SourceDocument.__table__)
        rows.add(
            SourceDocument.__table__,
            {
                "id": document_id,
                "team_id": self.team_id,
                "audit_id": audit_id,
                "name": name,
                "sha256": hashlib.sha256(f"{self.team_id}/{document_id}".encode()).hexdigest(),
                "imported_at": instant(day, 10),
                "imported_by": GENERATOR_ACTOR,
            },
        )
        rows.add(
            ChangeLog.__table__,
            {
                "id": self.ids.take(ChangeLog.__table__),
                "team_id": self.team_id,
                "changed_at": instant(day, 10),
                "actor": GENERATOR_ACTOR,
                "entity": "audit",
                "entity_id": audit_id,
                "field": field,
                "old_value": None,
                "new_value": name,
            },
        )
        return document_id

    def _requests_and_responses(
        self,
        rows: Rows,
        audit_id: int,
        audited: list[_Body],
        report_date: dt.date,
    ) -> dict[int, tuple[int, dt.date]]:
        """Response requests to every audited body; the responses received so far by body id."""
        rng = self.rng
        deadline = report_date + dt.timedelta(days=rng.choice((45, 60, 75, 90)))
        if rng.random() < 0.4:
            deadline = month_end(deadline)
        deadline_text = (
            f"Vi önskar svar från {join([b.name for b in audited])} senast den "
            f"{swedish_date(deadline)}."
        )
        responses: dict[int, tuple[int, dt.date]] = {}
        for position, body in enumerate(audited):
            received = self._received_on(report_date, deadline)
            rows.add(
                ResponseRequest.__table__,
                {
                    "id": self.ids.take(ResponseRequest.__table__),
                    "team_id": self.team_id,
                    "audit_id": audit_id,
                    "body_id": body.id,
                    "position": position,
                    "deadline": deadline,
                    "deadline_text": deadline_text,
                    "requires_action_timeline": rng.random() < 0.7,
                    "received_on": received,
                },
            )
            if received is None:
                continue
            decided = max(report_date, received - dt.timedelta(days=rng.randint(0, 7)))
            registry = f"{body.abbreviation}-{decided.year}/{rng.randint(10, 999)}"
            document_id = self._document(
                rows,
                audit_id,
                f"yttrande-{body.abbreviation}-{registry}.pdf".replace("/", "-").lower(),
                received,
                "import_attached",
            )
            response_id = self.ids.take(Response.__table__)
            rows.add(
                Response.__table__,
                {
                    "id": response_id,
                    "team_id": self.team_id,
                    "audit_id": audit_id,
                    "body_id": body.id,
                    "position": len(responses),
                    "decision_date": decided,
                    "registry_number": registry,
                    "source_document_id": document_id,
                },
            )
            responses[body.id] = (response_id, decided)
        return responses

    def _received_on(self, report_date: dt.date, deadline: dt.date) -> dt.date | None:
        """Old deadlines were met (a few never were); recent ones are open or overdue."""
        rng, today = self.rng, self.today
        days_past = (today - deadline).days
        if days_past > 30:
            chance = 0.98
        elif days_past > 0:
            chance = 0.6
        else:
            chance = 0.25
        if rng.random() >= chance:
            return None
        earliest = report_date + dt.timedelta(days=14)
        received = deadline + dt.timedelta(days=rng.randint(-20, 10))
        return max(earliest, min(received, today))

    def _recommendations(
        self,
        rows: Rows,
        audit_id: int,
        audited: list[_Body],
        responses: dict[int, tuple[int, dt.date]],
        year: int,
    ) -> None:
        rng = self.rng
        action_positions: Counter[int] = Counter()
        areas = [rng.choice(words.AREAS) for _ in range(2)]
        for position in range(self.scale.recommendations_per_audit):
            recommendation_id = self.ids.take(Recommendation.__table__)
            if len(audited) > 1 and rng.random() < 0.1:
                addressees: list[_Body | None] = [None]
            else:
                addressees = rng.sample(audited, min(len(audited), rng.choice((1, 1, 1, 2))))
            for index, body in enumerate(addressees):
                rows.add(
                    RecommendationAddressee.__table__,
                    {
                        "id": self.ids.take(RecommendationAddressee.__table__),
                        "team_id": self.team_id,
                        "recommendation_id": recommendation_id,
                        "position": index,
                        "label": GROUP_LABEL if body is None else body.name,
                        "body_id": None if body is None else body.id,
                    },
                )
            owners = [b for b in addressees if b is not None] or audited
            responding = next((b for b in owners if b.id in responses), None)
            statuses: list[str | None] = []
            if responding is not None:
                response_id, decided = responses[responding.id]
                for _ in range(self.scale.actions_per_recommendation):
                    statuses.append(
                        self._action(
                            rows,
                            response_id=response_id,
                            recommendation_id=recommendation_id,
                            position=action_positions[response_id],
                            owner=responding,
                            audited=audited,
                            decided=decided,
                        )
                    )
                    action_positions[response_id] += 1
            status, manual = self._follow_up(derived_status(statuses), year)
            rows.add(
                Recommendation.__table__,
                {
                    "id": recommendation_id,
                    "team_id": self.team_id,
                    "audit_id": audit_id,
                    "position": position,
                    "text": words.recommendation_text(self.rng),
                    "area": f"Avseende {areas[position % 2]}" if rng.random() < 0.5 else None,
                    "status": status,
                    "status_is_manual": manual,
                },
            )

    def _follow_up(self, derived: str, year: int) -> tuple[str, bool]:
        """The follow-up review (uppföljande granskning) a year or two on settles most of
        what the actions left open: done, or not accepted by the board."""
        if self.today.year - year < 2 or derived == RecommendationStatus.DONE:
            return derived, False
        chance = self.rng.random()
        if chance < 0.5:
            return RecommendationStatus.DONE, True
        if chance < 0.6:
            return RecommendationStatus.NOT_ACCEPTED, True
        return derived, False

    def _action(
        self,
        rows: Rows,
        *,
        response_id: int,
        recommendation_id: int,
        position: int,
        owner: _Body,
        audited: list[_Body],
        decided: dt.date,
    ) -> str | None:
        rng = self.rng
        action_id = self.ids.take(Action.__table__)
        precision = rng.choices(
            (DuePrecision.DAY, DuePrecision.MONTH, DuePrecision.YEAR, DuePrecision.CONTINUOUS),
            weights=(40, 30, 15, 15),
        )[0]
        due: dt.date | None
        if precision == DuePrecision.DAY:
            due = decided + dt.timedelta(days=rng.randint(30, 540))
            timeline = due.isoformat()
        elif precision == DuePrecision.MONTH:
            due = month_end(decided + dt.timedelta(days=31 * rng.randint(1, 18)))
            timeline = f"senast {swedish_month(due)}"
        elif precision == DuePrecision.YEAR:
            due = dt.date(decided.year + rng.randint(0, 1), 12, 31)
            timeline = rng.choice((str(due.year), f"Under {due.year}"))
        else:
            due = None
            timeline = rng.choice(words.CONTINUOUS)
        status = self._action_status(due, decided)
        owners = [owner]
        others = [b for b in audited if b is not owner]
        if others and rng.random() < 0.1:
            owners.append(rng.choice(others))
        rows.add(
            Action.__table__,
            {
                "id": action_id,
                "team_id": self.team_id,
                "response_id": response_id,
                "recommendation_id": recommendation_id,
                "position": position,
                "text": f"{rng.choice(words.UNITS)} {rng.choice(words.PRESENT_VERBS)} "
                f"{rng.choice(words.DOCUMENTS + words.SUBJECTS)} för {rng.choice(words.AREAS)}.",
                "responsible": rng.choice(words.RESPONSIBLE),
                "timeline_text": timeline,
                "due": due,
                "due_precision": precision.value,
                "board": ", ".join(b.abbreviation for b in owners),
                "status": status,
            },
        )
        for body in owners:
            rows.add(ActionBoard.__table__, {"action_id": action_id, "body_id": body.id})
        return status

    def _action_status(self, due: dt.date | None, decided: dt.date) -> str | None:
        rng, today = self.rng, self.today
        if due is None:
            age = (today - decided).days
            weights = (5, 25, 70) if age > 730 else (20, 50, 30) if age > 365 else (40, 50, 10)
        elif (today - due).days > 365:
            weights = (1, 3, 96)
        elif due < today:
            weights = (15, 25, 60)
        else:
            weights = (45, 40, 15)
        status = rng.choices((None, ActionStatus.STARTED, ActionStatus.DONE), weights=weights)[0]
        return None if status is None else status.value

    def _subscription(self, rows: Rows, org_id: int, first_year: int) -> None:
        rng = self.rng
        # Some channels watch several organisations (a firm's team channel); most watch one.
        if self._channel_serial == 0 or rng.random() < 0.7:
            self._channel_serial += 1
        paused = rng.random() < 0.02
        rows.add(
            Subscription.__table__,
            {
                "id": self.ids.take(Subscription.__table__),
                "team_id": self.team_id,
                "channel_id": f"C{self._channel_serial:08d}",
                "organisation_id": org_id,
                "created_by": f"U{rng.randint(1, 99_999):08d}",
                "created_at": instant(dt.date(first_year, 1, 3)),
                "paused_at": instant(self.today - dt.timedelta(days=3)) if paused else None,
                "paused_reason": "is_archived" if paused else None,
                "settings": {},
            },
        )
