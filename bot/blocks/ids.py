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
    # overflow beside each item of `visa` (editors); option values "<verb>:<entity>:<id>"
    # (bot.rules.choices.parse_menu).
    EDIT_MENU = "edit_menu"
    # value: the trash id of a deletion to undo.
    UNDO_DELETE = "undo_delete"
    # overflow beside each recommendation of an import preview; values "edit|remove:<n>:<mark>"
    # (its position and bot.rules.entries.fingerprint of its text).
    PREVIEW_MENU = "preview_menu"
    # Buttons of an import preview; the draft id travels in the view's private_metadata.
    PREVIEW_ADD = "preview_add"
    PREVIEW_FACTS = "preview_facts"
    PREVIEW_REQUEST = "preview_request"
    # value: the follow-up item id (a recommendation in a round).
    ASSESS = "follow_up_assess"
    # value: the follow-up round id, for each of these three.
    CHOOSE_AUDITS = "follow_up_choose_audits"
    FOLLOW_UP_REPORT = "follow_up_report"
    STATEMENT_REPORT = "statement_report"
    # The channel's calendar feed gets a new address (the channel is the message's).
    REPLACE_CALENDAR_FEED = "replace_calendar_feed"


class CallbackId(StrEnum):
    MARK_RECEIVED = "mark_received_modal"
    IMPORT = "import_modal"
    IMPORT_PREVIEW = "import_preview_modal"
    IMPORT_DONE = "import_done_modal"
    EDIT_MILESTONE = "edit_milestone_modal"
    # A correction from `visa`'s edit menu; what to do travels in private_metadata.
    CORRECTION = "correction_modal"
    DELETE = "delete_modal"
    DELETED = "deleted_modal"
    # Corrections of an import preview, pushed over it.
    DRAFT_RECOMMENDATION = "draft_recommendation_modal"
    DRAFT_FACTS = "draft_facts_modal"
    DRAFT_REQUEST = "draft_request_modal"
    # `/revision ny`: the audit typed in, then each recommendation's addressees.
    NEW_AUDIT = "new_audit_modal"
    NEW_AUDIT_ADDRESSEES = "new_audit_addressees_modal"
    ASSESS = "follow_up_assess_modal"
    CHOOSE_AUDITS = "follow_up_audits_modal"
