"""`python -m bench.report_pictures [--output DIR] [--language sv|en] [--pages N]`: the follow-up
report and the basis for the audit statement written on the demo data, and their first pages
as PNG pictures, to look at before a change to the Word drafts is merged.

Needs LibreOffice (`soffice`) and poppler's `pdftoppm` (Debian: `apt-get install
libreoffice-writer-nogui poppler-utils fonts-crosextra-carlito`; Carlito stands in for
Calibri with the same metrics, so pages break as in Word).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path

from bench.office import CONVERT_TIMEOUT_SECONDS, docx_to_pdf
from bot.core.context import RequestContext
from bot.core.runtime import Runtime
from bot.core.settings import Settings
from bot.demo.data import EXEMPEL, load_demo
from bot.services import documents, followup
from bot.slack.workspace import LOCAL_TEAM_ID
from storage.db import transaction

# Made-up assessments in our own words, in the order of the round.
ASSESSMENTS = (
    ("fixed", "Rutinen beslutades i november och tillämpas; stickprov visar inga avvikelser."),
    ("partly_fixed", "Dokumentationen är påbörjad men omfattar ännu inte alla förvaltningar."),
    ("not_fixed", "Nämnden har inte vidtagit några åtgärder sedan svaret."),
    ("partly_fixed", "Planen finns men saknar ansvariga och tidsplan."),
    ("no_longer_relevant", "Verksamheten har flyttats till ett kommunalförbund."),
)


def converters_missing() -> list[str]:
    return [name for name in ("soffice", "pdftoppm") if shutil.which(name) is None]


def docx_to_pngs(docx: Path, out_dir: Path, *, pages: int = 3, dpi: int = 60) -> list[Path]:
    """The first ``pages`` pages of ``docx`` as PNG files in ``out_dir`` (via a PDF)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    pdf = docx_to_pdf(docx, out_dir)
    prefix = out_dir / docx.stem
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", str(pages), str(pdf), str(prefix)],
        check=True,
        capture_output=True,
        timeout=CONVERT_TIMEOUT_SECONDS,
    )
    return sorted(out_dir.glob(f"{docx.stem}-*.png"))


def demo_documents(out_dir: Path, *, lang: str) -> list[Path]:
    """Both drafts for Exempelkommun on fresh demo data: a round of this year with every audit
    added and most recommendations assessed."""
    with tempfile.TemporaryDirectory(prefix="revisorbot-pictures-") as scratch:
        settings = Settings(
            _env_file=None,
            DATABASE_URL=f"sqlite:///{Path(scratch) / 'demo.sqlite3'}",
            REVISORBOT_LANGUAGE=lang,
        )
        runtime = Runtime.create(settings)
        today = runtime.today()
        with transaction(runtime.session_factory) as session:
            audit_ids = load_demo(session, team_id=LOCAL_TEAM_ID, today=today)
        ctx = RequestContext(
            runtime, LOCAL_TEAM_ID, "U0DEMO", lang, today, check_editor=lambda: True
        )
        started = followup.start_or_resume(ctx, f"{EXEMPEL} {today.year}")
        followup.choose_audits(
            ctx,
            round_id=str(started.page.round.id),
            chosen=[str(audit_id) for audit_id in audit_ids[:3]],
            offered=audit_ids[:3],
        )
        page = followup.start_or_resume(ctx, f"{EXEMPEL} {today.year}").page
        for item, (assessment, comment) in zip(page.items.items, ASSESSMENTS, strict=False):
            followup.assess(
                ctx,
                item_id=str(item.id),
                seen_version=item.version,
                assessment=assessment,
                comment=comment,
                evidence="https://intranat.exempelkommun.se/protokoll/ks-2030-02"
                if assessment == "fixed"
                else None,
            )
        written = []
        for shared in (
            documents.follow_up_report(ctx, organisation=EXEMPEL, year=today.year, lang=lang),
            documents.statement(ctx, organisation=EXEMPEL, year=today.year - 1, lang=lang),
        ):
            path = out_dir / shared.filename
            shared.save(path)
            written.append(path)
        runtime.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=Path("report-pictures"))
    parser.add_argument("--language", choices=("sv", "en"), default="sv")
    parser.add_argument("--pages", type=int, default=3)
    args = parser.parse_args()
    missing = converters_missing()
    args.output.mkdir(parents=True, exist_ok=True)
    for docx in demo_documents(args.output, lang=args.language):
        print(docx)
        if missing:
            continue
        for picture in docx_to_pngs(docx, args.output, pages=args.pages):
            print(picture)
    if missing:
        print(f"No pictures: {', '.join(missing)} not found (see this module's docstring).")
    print(f"Written {dt.datetime.now():%H:%M:%S}")


if __name__ == "__main__":
    main()
