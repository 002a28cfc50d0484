"""What an assessment's or a score's row from a package must be (validation.VALUE_RULES):
a score lies on the scale the row carries (the instrument of the site that scored it,
as services.assessments checks this site's own), an assessment is dated no later than
tomorrow and its next date after it."""

from __future__ import annotations

from centre_desk.domain.assessments import MAX_SCALE

EARLIEST = "1990-01-01"
"""As services.assessments.EARLIEST."""

ASSESSMENT_RULES: dict[str, tuple[tuple[tuple[str, ...], str, str], ...]] = {
    "assessment_score": (
        (("scale_max",), f"{{scale_max}} NOT BETWEEN 1 AND {MAX_SCALE}",
         f"scale outside 1..{MAX_SCALE}"),
        (("score", "scale_max"), "{score} NOT BETWEEN 0 AND {scale_max}",
         "score outside its scale"),
        (("domain_code",), "{domain_code} = '' OR {domain_code} GLOB '*[^a-z0-9_]*'",
         "domain code")),
    "assessment": (
        (("assessed_on",), f"{{assessed_on}} < '{EARLIEST}' OR {{assessed_on}} > "
         "date('now', '+1 day')", "assessed on a day out of range"),
        (("assessed_on", "next_due_on"), "{next_due_on} <= {assessed_on}",
         "next assessment not after the assessment")),
    # The need an intervention addresses names a domain by its plain code.
    "activity": (
        (("need_code",), "{need_code} = '' OR {need_code} GLOB '*[^a-z0-9_]*'",
         "need code"),),
}
"""Checks of an assessment's values against each other, by table."""
