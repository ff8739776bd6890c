"""Action and callback ids shared by renderers and listeners (one place, no typos)."""

from __future__ import annotations

from enum import StrEnum


class ActionId(StrEnum):
    SHARE_IN_CHANNEL = "share_in_channel"
    PAGE = "page"
    MARK_RECEIVED = "mark_received"
    ACTION_STATUS = "action_status"
    RECOMMENDATION_STATUS = "recommendation_status"
    SNOOZE = "snooze"
    OPEN_AUDIT = "open_audit"
    IMPORT_PREVIEW_SAVE = "import_preview_save"
    IMPORT_PREVIEW_CANCEL = "import_preview_cancel"
    OPEN_IMPORT = "open_import"


class CallbackId(StrEnum):
    MARK_RECEIVED = "mark_received_modal"
    IMPORT = "import_modal"
    IMPORT_PREVIEW = "import_preview_modal"
