"""Action and callback ids shared by renderers and listeners (one place, no typos)."""

from __future__ import annotations

from enum import StrEnum


class ActionId(StrEnum):
    SHARE_IN_CHANNEL = "share_in_channel"
    PAGE_NEXT = "page_next"
    PAGE_PREVIOUS = "page_previous"
    # value: the response_request id; reminder messages carry the same button.
    MARK_RECEIVED = "mark_received"
    # static_select; option values "<action id>:<not_started|started|done>".
    ACTION_STATUS = "action_status"
    # static_select; option values "<recommendation id>:<open|in_progress|done|not_accepted|auto>".
    RECOMMENDATION_STATUS = "recommendation_status"
    SNOOZE = "snooze"
    # value: the audit id.
    OPEN_AUDIT = "open_audit"
    OPEN_IMPORT = "open_import"
    # value: the Slack file id of a shared file.
    PREVIEW_FILE = "preview_file"
    # value: "<organisation id>:<milestone kind>".
    EDIT_MILESTONE = "edit_milestone"
    # value: the organisation id.
    ADD_MILESTONE = "add_milestone"
    # The channel's calendar feed gets a new address (the channel is the message's).
    REPLACE_CALENDAR_FEED = "replace_calendar_feed"


class CallbackId(StrEnum):
    MARK_RECEIVED = "mark_received_modal"
    IMPORT = "import_modal"
    IMPORT_PREVIEW = "import_preview_modal"
    IMPORT_DONE = "import_done_modal"
    EDIT_MILESTONE = "edit_milestone_modal"
