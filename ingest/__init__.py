"""Pure report parsing: readers, cleaning, segmentation, extraction. No database, no Slack."""
