"""Load an extraction (ingest.schema.Extraction) into the database, once per document.

The caller owns the transaction: everything a document brings is written together or not at
all. A document whose sha256 is already stored changes nothing, except that one imported
before the report's text was kept gets its passages (and its questions their assessment
texts) now. A document about an audit that is already stored (a board's response arriving
after the report) attaches to it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import exists, insert, select
from sqlalchemy.orm import Session

from ingest import schema
from ingest.assessment import normalise_assessment
from ingest.schema import Extraction
from storage import history
from storage.boards import body_named, fit, organisation_named
from storage.bodies import is_group_label, lookup_key
from storage.errors import StorageError
from storage.models import (
    Action,
    ActionBoard,
    Audit,
    AuditBody,
    Body,
    ChangeLog,
    Organisation,
    Passage,
    Question,
    Recommendation,
    RecommendationAddressee,
    Response,
    ResponseRequest,
    SourceDocument,
)
from storage.read_models import LoadResult
from storage.status import refresh_recommendation_status


def load_extraction(
    session: Session,
    *,
    team_id: str,
    extraction: Extraction,
    sha256: str,
    actor: str,
    organisation: str | None = None,
    today: dt.date | None = None,
) -> LoadResult:
    existing = session.scalar(
        select(SourceDocument).where(
            SourceDocument.team_id == team_id, SourceDocument.sha256 == sha256
        )
    )
    if existing is not None and existing.audit_id is not None:
        added = _fill_in_findings(
            session, existing, extraction, actor=fit(ChangeLog.actor, actor) or ""
        )
        return LoadResult(
            audit_id=existing.audit_id, created=False, already_imported=True, passages_added=added
        )

    organisation_name = (organisation or extraction.organisation or "").strip()
    if not organisation_name:
        raise StorageError("missing_organisation")

    actor = fit(ChangeLog.actor, actor) or ""  # "cli:" + $LOGNAME, which can be anything
    loader = _Loader(session, team_id=team_id, today=today or dt.date.today())
    org = loader.organisation(fit(Organisation.name, organisation_name) or "")
    audit = _matching_audit(session, org=org, extraction=extraction)
    created = audit is None
    if audit is None:
        audit = Audit(team_id=team_id, organisation=org)
        session.add(audit)
    loader.fill_audit(audit, extraction)
    document = SourceDocument(
        team_id=team_id,
        audit=audit,
        name=fit(SourceDocument.name, extraction.source),
        sha256=sha256,
        imported_by=actor,
    )
    session.add(document)
    loader.add_responses(audit, extraction, document)
    session.flush()
    add_passages(session, document, extraction.passages)
    for recommendation in audit.recommendations:
        refresh_recommendation_status(session, recommendation)
    history.record(
        session,
        team_id=team_id,
        actor=actor,
        entity="audit",
        entity_id=audit.id,
        field="import" if created else "import_attached",
        old_value=None,
        new_value=extraction.source,
    )
    return LoadResult(
        audit_id=audit.id,
        created=created,
        already_imported=False,
        counts={
            "questions": len(extraction.questions),
            "recommendations": len(extraction.recommendations),
            "responses": len(extraction.responses),
            "actions": sum(len(r.actions) for r in extraction.responses),
            "passages": len(extraction.passages),
        },
    )


def add_passages(
    session: Session, document: SourceDocument, passages: list[schema.Passage]
) -> None:
    """The document's passages in one executemany: a 100-page report has a few hundred."""
    if not passages:
        return
    session.execute(
        insert(Passage),
        [
            {
                "team_id": document.team_id,
                "audit_id": document.audit_id,
                "source_document_id": document.id,
                "position": position,
                "heading_path": passage.heading_path,
                "page": passage.page,
                "kind": passage.kind,
                "text": passage.text,
            }
            for position, passage in enumerate(passages)
        ],
    )


def _fill_in_findings(
    session: Session, document: SourceDocument, extraction: Extraction, *, actor: str
) -> int:
    """A document imported before passages were kept gets them now, and its audit's questions
    the assessment texts they lack; a document that has its passages changes nothing.
    Returns how many passages were added."""
    if not extraction.passages or session.scalar(
        select(exists().where(Passage.source_document_id == document.id))
    ):
        return 0
    assert document.audit is not None
    add_passages(session, document, extraction.passages)
    fill_assessment_texts(document.audit.questions, extraction.questions)
    history.record(
        session,
        team_id=document.team_id,
        actor=actor,
        entity="audit",
        entity_id=document.audit.id,
        field="import_passages",
        old_value=None,
        new_value=document.name,
    )
    return len(extraction.passages)


def fill_assessment_texts(stored: list[Question], extracted: list[schema.Question]) -> None:
    """Each stored question the document also states, in the same place and words, gets the
    document's assessment text when it has none."""
    for question, found in zip(stored, extracted, strict=False):
        if (
            question.assessment_text is None
            and found.assessment_text
            and lookup_key(question.text) == lookup_key(found.text)
        ):
            question.assessment_text = found.assessment_text


def _matching_audit(session: Session, *, org: Organisation, extraction: Extraction) -> Audit | None:
    """The stored audit this document belongs to, if any.

    Same organisation and same title (ignoring case and punctuation); a document that brings
    only responses and no title attaches to the organisation's latest audit that asked the
    responding body for a response it has not yet given.
    """
    if org.id is None:
        return None
    audits = session.scalars(
        select(Audit).where(Audit.organisation_id == org.id).order_by(Audit.id.desc())
    ).all()
    if extraction.title:
        key = lookup_key(fit(Audit.title, extraction.title) or "")
        for audit in audits:
            if audit.title and lookup_key(audit.title) == key:
                return audit
    if extraction.responses and not extraction.recommendations:
        responders = {lookup_key(r.body) for r in extraction.responses}
        for audit in audits:
            pending = {
                lookup_key(request.body.name)
                for request in audit.response_requests
                if request.received_on is None
            }
            if responders & pending:
                return audit
    return None


class _Loader:
    def __init__(self, session: Session, *, team_id: str, today: dt.date) -> None:
        self.session = session
        self.team_id = team_id
        self.today = today
        self._org: Organisation | None = None

    def organisation(self, name: str) -> Organisation:
        self._org = organisation_named(self.session, team_id=self.team_id, name=name)
        return self._org

    def body(self, name: str) -> Body:
        assert self._org is not None
        return body_named(self.session, self._org, name)

    def bodies_by_abbreviation(self, board: str | None) -> list[Body]:
        """The bodies a cell like "KS, (SN)" names, matched on abbreviation or name."""
        if not board or self._org is None:
            return []
        found: list[Body] = []
        for token in (t.strip(" ()") for t in board.replace("/", ",").split(",")):
            if not token:
                continue
            for body in self._org.bodies:
                if token.upper() == (body.abbreviation or "") or lookup_key(token) == lookup_key(
                    body.name
                ):
                    if body not in found:
                        found.append(body)
                    break
        return found

    def fill_audit(self, audit: Audit, extraction: Extraction) -> None:
        """Set what the document states and the stored audit lacks; never erase facts."""
        for attribute in ("title", "audit_firm", "audit_year", "purpose", "overall_assessment"):
            value = getattr(extraction, attribute)
            if value is not None and getattr(audit, attribute) is None:
                setattr(audit, attribute, fit(getattr(Audit, attribute), value))
        if extraction.notes and not audit.notes:
            audit.notes = extraction.notes
        if extraction.report_date and audit.report_date is None:
            audit.report_date, audit.report_date_precision = _parse_report_date(
                extraction.report_date
            )

        if not audit.audited_bodies:
            for position, name in enumerate(dict.fromkeys(extraction.audited_bodies)):
                audit.audited_bodies.append(AuditBody(body=self.body(name), position=position))

        if audit.questions:
            fill_assessment_texts(audit.questions, extraction.questions)
        else:
            for position, question in enumerate(extraction.questions):
                audit.questions.append(
                    Question(
                        team_id=self.team_id,
                        position=position,
                        number=fit(Question.number, question.number),
                        text=question.text,
                        assessment_label=fit(Question.assessment_label, question.assessment),
                        assessment_scale=normalise_assessment(question.assessment),
                        assessment_text=question.assessment_text,
                        body=self.body(question.body) if question.body else None,
                    )
                )

        if not audit.recommendations:
            for position, item in enumerate(extraction.recommendations):
                recommendation = Recommendation(
                    team_id=self.team_id,
                    position=position,
                    text=item.text,
                    area=fit(Recommendation.area, item.area),
                )
                for index, label in enumerate(item.addressee):
                    recommendation.addressees.append(
                        RecommendationAddressee(
                            team_id=self.team_id,
                            position=index,
                            label=fit(RecommendationAddressee.label, label),
                            body=None if is_group_label(label) else self.body(label),
                        )
                    )
                audit.recommendations.append(recommendation)

        request = extraction.response_request
        # A deadline the importer could not resolve is warned about, not guessed: there is no
        # date to remind of, so no request is stored until someone gives one.
        if request is not None and request.deadline is not None:
            known = {r.body_id for r in audit.response_requests}
            for name in dict.fromkeys(request.from_bodies):
                body = self.body(name)
                if body.id in known:
                    continue
                audit.response_requests.append(
                    ResponseRequest(
                        team_id=self.team_id,
                        body=body,
                        position=len(audit.response_requests),
                        deadline=request.deadline,
                        deadline_text=request.deadline_text,
                        requires_action_timeline=request.requires_action_timeline,
                    )
                )
        self.session.flush()

    def add_responses(self, audit: Audit, extraction: Extraction, document: SourceDocument) -> None:
        recommendations = list(audit.recommendations)
        for item in extraction.responses:
            body = self.body(item.body)
            duplicate = any(
                r.body_id == body.id
                and r.registry_number == fit(Response.registry_number, item.registry_number)
                and r.decision_date == item.date
                for r in audit.responses
            )
            if duplicate:
                continue
            response = Response(
                team_id=self.team_id,
                body=body,
                position=len(audit.responses),
                decision_date=item.date,
                registry_number=fit(Response.registry_number, item.registry_number),
                source_document=document,
            )
            audit.responses.append(response)
            self.session.flush()
            for position, entry in enumerate(item.actions):
                index = entry.recommendation_index
                recommendation = (
                    recommendations[index]
                    if index is not None and 0 <= index < len(recommendations)
                    else None
                )
                action = Action(
                    team_id=self.team_id,
                    position=position,
                    recommendation_id=recommendation.id if recommendation else None,
                    text=entry.action,
                    responsible=entry.responsible,
                    timeline_text=entry.timeline_text,
                    due=entry.due,
                    due_precision=entry.due_precision,
                    board=fit(Action.board, entry.board),
                    status=entry.status,
                )
                response.actions.append(action)
                self.session.flush()
                for owner in self.bodies_by_abbreviation(entry.board):
                    self.session.add(ActionBoard(action_id=action.id, body_id=owner.id))
            for request in audit.response_requests:
                if request.body_id == body.id and request.received_on is None:
                    request.received_on = item.date or self.today


def _parse_report_date(value: str) -> tuple[dt.date, str]:
    if len(value) == 7:
        year, month = (int(part) for part in value.split("-"))
        return dt.date(year, month, 1), "month"
    return dt.date.fromisoformat(value), "day"
