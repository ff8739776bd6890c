"""A follow-up matrix read back (`revisorbot import matris.xlsx`): the bot's own export edited
in Excel, or a team's own sheet.

Audits and recommendations the sheet names and the database lacks are added (with a team
sheet's action and due date). Of those it finds, the status, comment and due date change
where the sheet says otherwise, and a recommendation found by its id takes an edited text;
each change goes through an Edit, so into the change log. Everything else a row holds is
compared too, and a difference that cannot be applied is reported, never dropped in silence:
an export, edited and read back, changes exactly what was edited. A row of the bot's own
export whose recommendation changed in the bot after the export is left alone and named.
A dry run makes the same changes in a transaction that is rolled back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.core.context import RequestContext
from bot.core.errors import UserFacingError
from bot.files import matrix_read
from bot.files.matrix import audit_name as matrix_name
from bot.files.matrix_read import Sheet, number_of, status_of, text_of, timeline_of
from bot.rules.matching import match_bodies, organisation_key
from bot.services.matrix_compare import Comparison, compare
from storage import matrix_import as adding
from storage.bodies import is_group_label, lookup_key
from storage.edits import Edit
from storage.matrix import matrix_rows
from storage.names import list_audit_refs, list_bodies, list_organisations
from storage.read_models import BodyRef, MatrixRow

_AUDIT_ID = re.compile(r"#(\d+)(?:\s.*)?")
# Short, upper-case and not a board we know ("SN"): kept as written, a name is not guessed.
_ABBREVIATION = re.compile(r"[A-ZÅÄÖ]{1,6}")


@dataclass(frozen=True, slots=True)
class MatrixChange:
    """One thing the import added (``kind`` organisation, audit, recommendation, action) or
    one value it changed (``kind`` value, with the ``field``)."""

    row: int
    kind: str
    organisation: str
    audit: str
    recommendation: str
    field: str = ""
    old: str | None = None
    new: str | None = None


@dataclass(frozen=True, slots=True)
class MatrixNote:
    """Something in the sheet that was not applied, and why: ``key`` names the message."""

    row: int | None
    key: str
    params: dict[str, object] = field(default_factory=dict)


@dataclass
class MatrixImport:
    source: str
    rows: int
    saved: bool
    changes: list[MatrixChange] = field(default_factory=list)
    notes: list[MatrixNote] = field(default_factory=list)


def import_matrix(
    ctx: RequestContext,
    *,
    data: bytes,
    filename: str,
    organisation: str | None = None,
    dry_run: bool = False,
) -> MatrixImport:
    """Read the matrix in ``data`` into the context's workspace, all of it or (on any error)
    nothing; with ``dry_run`` nothing is kept, and the report says what would have been."""
    ctx.require_editor()
    try:
        sheet = matrix_read.read_matrix(data, filename=filename)
    except matrix_read.MatrixUnreadable as error:
        raise UserFacingError(
            f"matrix.unreadable.{error.reason}", name=filename, **error.params
        ) from error
    if not sheet.rows:
        raise UserFacingError("matrix.no_rows", name=filename)
    if "audit" not in sheet.fields:
        raise UserFacingError("matrix.no_audit_column", name=filename)
    if "organisation" not in sheet.fields and not organisation:
        raise UserFacingError("matrix.no_organisation_column", name=filename)
    report = MatrixImport(filename, len(sheet.rows), saved=not dry_run)
    report.notes += [
        MatrixNote(None, "matrix.note.unplaced", {"column": h}) for h in sheet.unplaced
    ]
    with ctx.rehearsing() if dry_run else ctx.writing() as edit:
        _Reading(ctx, edit, sheet, report, organisation).run()
    return report


@dataclass
class _Audit:
    id: int | None
    title: str
    year: int | None
    # lookup_key(text) → id, of the recommendations stored and those this import adds.
    recommendations: dict[str, int] = field(default_factory=dict)


@dataclass
class _Organisation:
    id: int | None
    name: str
    bodies: tuple[BodyRef, ...] = ()
    audits: list[_Audit] | None = None  # read when first needed
    # The organisation's rows as they were before the import, by recommendation id.
    rows: dict[int, MatrixRow] = field(default_factory=dict)


class _Reading:
    def __init__(
        self,
        ctx: RequestContext,
        edit: Edit,
        sheet: Sheet,
        report: MatrixImport,
        organisation: str | None,
    ) -> None:
        self.ctx, self.edit, self.sheet, self.report = ctx, edit, sheet, report
        self.organisation = organisation
        self.organisations = [
            _Organisation(o.id, o.name, o.bodies)
            for o in list_organisations(edit.session, team_id=edit.team_id)
        ]
        # The action texts this import added, by recommendation (a team's sheet may give a
        # row per action, the recommendation repeated).
        self.added: dict[int, set[str]] = {}

    def note(self, row: int | None, key: str, **params: object) -> None:
        self.report.notes.append(MatrixNote(row, f"matrix.note.{key}", params))

    def run(self) -> None:
        previous: dict[str, object] = {}
        for row in self.sheet.rows:
            cells = _filled_down(row.cells, previous)
            previous = cells
            self._row(row.number, cells)

    def _row(self, number: int, cells: dict[str, object]) -> None:
        text = " ".join(str(cells.get("recommendation") or "").split())
        if not text:
            if any(cells.get(f) is not None for f in ("status", "comment", "actions", "due")):
                self.note(number, "no_recommendation")
            return
        organisation = text_of(cells.get("organisation")) or self.organisation
        title = text_of(cells.get("audit"))
        if not organisation or not title:
            self.note(number, "no_organisation" if not organisation else "no_audit")
            return
        year = number_of(cells.get("year"))
        if cells.get("year") is not None and year is None:
            self.note(number, "bad_year", value=text_of(cells["year"]))
        org = self._organisation(number, organisation)
        if org is None:
            return
        audit = self._audit(number, org, title, year)
        if audit is None:
            return
        found, by_id = self._stored(org, audit, text, cells)
        if found is not None:
            self._compare(number, org, found, by_id, cells)
            return
        added = audit.recommendations.get(lookup_key(text))
        if added is None:
            added = self._add(number, org, audit, text, cells)
        self._add_action(number, org, audit, added, text, cells)

    # -- which stored rows a sheet row names ---------------------------------------------------

    def _organisation(self, number: int, name: str) -> _Organisation | None:
        """The organisation of that name, or the one it names without "kommun" or "region"
        ("Knivsta" is Knivsta kommun); else one the import will add."""
        same = [o for o in self.organisations if o.name.casefold() == name.casefold()]
        same = same or [
            o for o in self.organisations if organisation_key(o.name) == organisation_key(name)
        ]
        if len(same) > 1:
            self.note(number, "ambiguous_organisation", name=name)
            return None
        if same:
            return same[0]
        added = _Organisation(None, name, audits=[])
        self.organisations.append(added)
        return added

    def _audits(self, org: _Organisation) -> list[_Audit]:
        if org.audits is None:
            session, team_id = self.edit.session, self.edit.team_id
            org.rows = {
                r.recommendation.id: r
                for r in matrix_rows(session, team_id=team_id, organisation_id=org.id)
            }
            org.audits = [
                _Audit(a.id, matrix_name(a), a.year)
                for a in list_audit_refs(session, team_id=team_id, organisation_id=org.id)
            ]
            by_id = {a.id: a for a in org.audits}
            for row in org.rows.values():
                rec = row.recommendation
                by_id[rec.audit.id].recommendations.setdefault(lookup_key(rec.text), rec.id)
        return org.audits

    def _audit(self, number: int, org: _Organisation, title: str, year: int | None):
        audits = self._audits(org)
        numbered = _AUDIT_ID.fullmatch(title)
        if numbered:  # the export names an untitled audit "#12 PwC"
            found = [a for a in audits if a.id == int(numbered[1])]
            if not found:
                self.note(number, "unknown_audit", audit=title, organisation=org.name)
            return found[0] if found else None
        same = [a for a in audits if lookup_key(a.title) == lookup_key(title)]
        if len(same) > 1 and year is not None:
            same = [a for a in same if a.year == year] or same
        if len(same) > 1:
            self.note(number, "ambiguous_audit", audit=title, organisation=org.name)
            return None
        if same:
            return same[0]
        added = _Audit(None, title, year)
        audits.append(added)
        return added

    def _stored(
        self, org: _Organisation, audit: _Audit, text: str, cells: dict[str, object]
    ) -> tuple[MatrixRow | None, bool]:
        """The stored recommendation the row is about, and whether its id said so: the id
        counts when the row's audit or text agrees with it (an id from another database
        must not land on a stranger)."""
        wanted = number_of(cells.get("id"))
        row = org.rows.get(wanted) if wanted is not None else None
        if row is not None:
            rec = row.recommendation
            if rec.audit.id == audit.id or lookup_key(rec.text) == lookup_key(text):
                return row, True
        found = audit.recommendations.get(lookup_key(text))
        return (org.rows.get(found) if found is not None else None), False

    # -- what is added --------------------------------------------------------------------------

    def _change(self, number: int, kind: str, org: _Organisation, audit: _Audit, **what) -> None:
        self.report.changes.append(MatrixChange(number, kind, org.name, audit.title, **what))

    def _add(
        self, number: int, org: _Organisation, audit: _Audit, text: str, cells: dict[str, object]
    ) -> int:
        source = self.report.source
        if org.id is None:
            org.id = adding.add_organisation(self.edit, name=org.name)
            self._change(number, "organisation", org, audit, recommendation="", new=org.name)
        if audit.id is None:
            audit.id = adding.add_audit(
                self.edit, organisation_id=org.id, title=audit.title, year=audit.year, source=source
            )
            self._change(number, "audit", org, audit, recommendation="", new=audit.title)
        status = status_of(cells.get("status"))
        if cells.get("status") is not None and status is None:
            self.note(number, "unknown_status", value=text_of(cells["status"]))
        added = adding.add_recommendation(
            self.edit,
            audit_id=audit.id,
            text=text,
            addressees=self._addressees(org, cells.get("addressees")),
            comment=str(cells.get("comment") or "").strip() or None,
            status=status,
            source=source,
        )
        audit.recommendations[lookup_key(text)] = added
        self.added[added] = set()
        # Boards it named in full are the organisation's now: "KS" on a later row finds them.
        org.bodies = tuple(
            b
            for b in list_bodies(self.edit.session, team_id=self.edit.team_id)
            if b.organisation_id == org.id
        )
        self._change(number, "recommendation", org, audit, recommendation=text, new=text)
        return added

    def _add_action(
        self,
        number: int,
        org: _Organisation,
        audit: _Audit,
        recommendation_id: int,
        text: str,
        cells: dict[str, object],
    ) -> None:
        """A team's sheet names an action (and when it is due) beside the recommendation; the
        bot's own export only summarises the actions, which are not read back."""
        action = " ".join(str(cells.get("actions") or "").split())
        due = cells.get("due")
        if self.sheet.own_export:
            if action or due is not None:
                self.note(number, "actions_not_read")
            return
        if not action:
            if due is not None:
                self.note(number, "due_without_action")
            return
        known = self.added.setdefault(recommendation_id, set())
        if lookup_key(action) in known:
            return
        addressees = self._addressees(org, cells.get("addressees"))
        boards = [label for label, is_board in addressees if is_board]
        if not boards:
            self.note(number, "action_without_board")
            return
        timeline = timeline_of(due)
        adding.add_action(
            self.edit,
            recommendation_id=recommendation_id,
            board=boards[0],
            text=action,
            timeline_text=text_of(due) or None,
            due=timeline.due,
            precision=timeline.precision,
            source=self.report.source,
        )
        known.add(lookup_key(action))
        self._change(number, "action", org, audit, recommendation=text, new=action)

    def _addressees(self, org: _Organisation, value: object) -> list[tuple[str, bool]]:
        """Each board a cell names ("SN, Kommunstyrelsen"), with whether it is a board: one
        of the organisation's, or one named in full; an unknown abbreviation or a group
        ("berörda nämnder") stays a label."""
        found: list[tuple[str, bool]] = []
        for token in filter(None, (t.strip(" .()") for t in re.split(r"[,;/&\n]", text_of(value)))):
            boards = self._boards(org, token)
            if boards:
                found += [(board.name, True) for board in boards]
            elif is_group_label(token) or _ABBREVIATION.fullmatch(token):
                found.append((token, False))
            else:
                found.append((token[:1].upper() + token[1:], True))
        return list(dict.fromkeys(found))

    def _boards(self, org: _Organisation, token: str) -> list[BodyRef]:
        exact = [
            b
            for b in org.bodies
            if lookup_key(b.name) == lookup_key(token)
            or (b.abbreviation or "").casefold() == token.casefold()
        ]
        if exact:
            return exact[:1]
        matched = match_bodies(token, org.bodies)
        if len(matched) == 1:
            return matched
        # "Kommunstyrelsen och socialnämnden": two boards, if both are known.
        parts = (
            [self._boards(org, part) for part in token.split(" och ")] if " och " in token else []
        )
        return [b[0] for b in parts] if parts and all(parts) else []

    # -- what is changed ------------------------------------------------------------------------

    def _compare(
        self,
        number: int,
        org: _Organisation,
        row: MatrixRow,
        by_id: bool,
        cells: dict[str, object],
    ) -> None:
        rec = row.recommendation
        audit = _Audit(rec.audit.id, matrix_name(rec.audit), rec.audit.year)
        skip: frozenset[str] = frozenset()
        action = " ".join(str(cells.get("actions") or "").split())
        known = {lookup_key(a.text) for a in rec.actions} | self.added.get(rec.id, set())
        if action and not self.sheet.own_export and lookup_key(action) not in known:
            # A team's sheet names an action the recommendation lacks: added, with its date.
            self._add_action(number, org, audit, rec.id, rec.text, cells)
            skip = frozenset({"actions", "due"})
        comparison = Comparison(
            ctx=self.ctx,
            row=row,
            cells=cells,
            fields=self.sheet.fields,
            # The bot's own export is complete: a cell emptied there was emptied on purpose.
            complete=self.sheet.own_export and by_id,
            by_id=by_id,
            addressees=[label for label, _ in self._addressees(org, cells.get("addressees"))],
            skip=skip,
        )
        changes, notes = compare(comparison, self.edit)
        for change in changes:
            self._change(number, "value", org, audit, recommendation=rec.text, **change)
        for key, params in notes:
            self.note(number, key, **params)


def _filled_down(cells: dict[str, object], previous: dict[str, object]) -> dict[str, object]:
    """A row that leaves the organisation or audit empty belongs to the one above (merged
    cells read back empty); so does one that gives only an action (and its due date, its
    board) to the recommendation above."""
    filled = dict(cells)
    if filled.get("organisation") is None:
        filled["organisation"] = previous.get("organisation")
    if filled.get("audit") is None:
        filled["audit"] = previous.get("audit")
        if filled.get("year") is None:
            filled["year"] = previous.get("year")
    if filled.get("recommendation") is None and filled.get("actions") is not None:
        filled["recommendation"] = previous.get("recommendation")
        if filled.get("addressees") is None:
            filled["addressees"] = previous.get("addressees")
    return filled
