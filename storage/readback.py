"""An audit as stored, in the extraction schema: for import previews, exports and checks."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from ingest import schema
from storage.errors import NotFound
from storage.models import (
    Audit,
    AuditBody,
    Passage,
    Question,
    Recommendation,
    Response,
    ResponseRequest,
)


def extraction_of(session: Session, *, team_id: str, audit_id: int) -> schema.Extraction:
    audit = session.scalar(
        select(Audit)
        .where(Audit.team_id == team_id, Audit.id == audit_id)
        .options(
            joinedload(Audit.organisation),
            selectinload(Audit.audited_bodies).joinedload(AuditBody.body),
            selectinload(Audit.questions).joinedload(Question.body),
            selectinload(Audit.recommendations).selectinload(Recommendation.addressees),
            selectinload(Audit.response_requests).joinedload(ResponseRequest.body),
            selectinload(Audit.responses).options(
                joinedload(Response.body), selectinload(Response.actions)
            ),
            selectinload(Audit.documents),
        )
    )
    if audit is None:
        raise NotFound("audit", audit_id)
    position_of = {r.id: r.position for r in audit.recommendations}
    requests = audit.response_requests
    report_date = None
    if audit.report_date is not None:
        report_date = (
            audit.report_date.strftime("%Y-%m")
            if audit.report_date_precision == "month"
            else audit.report_date.isoformat()
        )
    passages = session.scalars(
        select(Passage)
        .where(Passage.audit_id == audit.id)
        .order_by(Passage.source_document_id, Passage.position)
    )
    return schema.Extraction(
        source=audit.documents[0].name if audit.documents else "",
        organisation=audit.organisation.name,
        title=audit.title,
        audit_firm=audit.audit_firm,
        report_date=report_date,
        audit_year=audit.audit_year,
        audited_bodies=[link.body.name for link in audit.audited_bodies],
        purpose=audit.purpose,
        overall_assessment=audit.overall_assessment,
        questions=[
            schema.Question(
                number=q.number,
                text=q.text,
                assessment=q.assessment_label,
                body=q.body.name if q.body else None,
                assessment_text=q.assessment_text,
            )
            for q in audit.questions
        ],
        recommendations=[
            schema.Recommendation(
                text=r.text,
                addressee=[a.label for a in r.addressees],
                area=r.area,
            )
            for r in audit.recommendations
        ],
        response_request=schema.ResponseRequest(
            deadline=requests[0].deadline,
            deadline_text=requests[0].deadline_text,
            from_bodies=[r.body.name for r in requests],
            requires_action_timeline=requests[0].requires_action_timeline,
        )
        if requests
        else None,
        responses=[
            schema.Response(
                body=response.body.name,
                date=response.decision_date,
                registry_number=response.registry_number,
                actions=[
                    schema.Action(
                        recommendation_index=position_of.get(action.recommendation_id),
                        action=action.text,
                        responsible=action.responsible,
                        timeline_text=action.timeline_text,
                        due=action.due,
                        due_precision=action.due_precision,
                        board=action.board,
                        status=action.status,
                    )
                    for action in response.actions
                ],
            )
            for response in audit.responses
        ],
        passages=[
            schema.Passage(heading_path=p.heading_path, page=p.page, kind=p.kind, text=p.text)
            for p in passages
        ],
        notes=audit.notes,
    )
