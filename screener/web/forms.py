"""Every form of the web app, one FlaskForm per purpose."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from flask import current_app
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired, MultipleFileField
from wtforms import (
    DateField,
    IntegerField,
    PasswordField,
    SelectChoice,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.i18n import get_translations as wtforms_translations
from wtforms.validators import (
    DataRequired,
    EqualTo,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    Regexp,
    StopValidation,
    ValidationError,
)
from wtforms.widgets import CheckboxInput, ListWidget

from ..posttext import visible_text
from ..records import CATEGORIES, PLATFORMS
from ..storage.reviews import DISMISS_REASONS
from . import labels
from .i18n import current_language
from .i18n import gettext as _


class LoginForm(FlaskForm):
    username = StringField("Gebruikersnaam", validators=[DataRequired(), Length(max=80)])
    password = PasswordField("Wachtwoord", validators=[DataRequired(), Length(max=200)])


# --------------------------------------------------------------------------- uploads

_ARCHIVE_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"\x1f\x8b", b"BZh")
_TEXT_CONTROLS = set(range(32)) - {9, 10, 12, 13}


def _looks_like_export(head: bytes) -> bool:
    """A zip, gzip or tar archive, or plain text (CSV/JSON/JS), judged by content only.

    The real check is parsing in the job; this only turns away images, PDFs and the like
    before they are stored.
    """
    if head.startswith(_ARCHIVE_MAGIC) or head[257:262] == b"ustar":
        return True
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with BOM (old LinkedIn)
        return True
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:  # not just a character cut off by the sample
            return False
        text = head[: exc.start].decode("utf-8")
    return bool(text.strip()) and not any(ord(c) in _TEXT_CONTROLS for c in text)


class UploadForm(FlaskForm):
    """One or more export files (archives or loose CSV/JSON) for one candidate."""

    exports = MultipleFileField("Exportbestanden")

    def validate_exports(self, field: MultipleFileField) -> None:
        files = [f for f in (field.data or []) if f and f.filename]
        if not files:
            raise StopValidation(_("Kies minstens één exportbestand."))
        limit = current_app.config["MAX_UPLOAD_FILES"]
        if len(files) > limit:
            raise StopValidation(_("Kies hoogstens {n} bestanden tegelijk.", n=limit))
        for storage in files:
            head = storage.stream.read(4096)
            storage.stream.seek(0)
            name = visible_text(storage.filename)  # a client's name may hide bidi tricks
            if not head:
                raise StopValidation(_("Het bestand {name} is leeg.", name=name))
            if not _looks_like_export(head):
                raise StopValidation(
                    _(
                        "{name} is geen export die Screener kan lezen: kies het zip-bestand"
                        " (of de CSV/JSON-bestanden) dat het platform je gaf.",
                        name=name,
                    )
                )
        field.data = files


# --------------------------------------------------------------------------- workflow
# Vacancies, profiles, notice, review, users and audit filters. Labels and messages are
# Dutch; WorkflowForm translates labels to the interface language and uses WTForms' own
# Dutch catalogue for its built-in messages.


def options(pairs) -> list[SelectChoice]:
    """``(value, Dutch label)`` pairs as WTForms 3.3 options (labels translated on use)."""
    return [SelectChoice(value, label) for value, label in pairs]


class MultiCheckboxField(SelectMultipleField):
    """A list of checkboxes; unknown values get a Dutch message instead of WTForms' own."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()

    def pre_validate(self, form: FlaskForm) -> None:
        known = {value for value, *_rest in self.iter_choices()}
        if any(value not in known for value in self.data or ()):
            raise ValidationError(_("Kies alleen uit de getoonde opties."))


class WorkflowForm(FlaskForm):
    """Base of the workflow forms: labels and WTForms' messages in the interface language."""

    class Meta:
        def get_translations(self, form):
            return wtforms_translations(["nl"]) if current_language() == "nl" else None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self:
            if field.label is not None and field.label.text:
                field.label.text = _(field.label.text)
            if isinstance(field, SelectField) and isinstance(field.choices, list):
                field.choices = [
                    replace(c, label=_(c.label)) if isinstance(c, SelectChoice) else c
                    for c in field.choices
                ]

    def validate(self, extra_validators=None) -> bool:
        ok = super().validate(extra_validators)
        for field in self:
            field.errors = [_(e) if isinstance(e, str) else e for e in field.errors]
        return ok


class VacancyForm(WorkflowForm):
    title = StringField("Titel", validators=[InputRequired(), Length(max=200)])
    department = StringField("Afdeling", validators=[Optional(), Length(max=200)])
    description = TextAreaField("Omschrijving", validators=[Optional(), Length(max=5000)])


class ProfileForm(WorkflowForm):
    """The screening profile: categories with a written reason each, platforms, periods."""

    categories = MultiCheckboxField(
        "Functierelevante categorieën", choices=options((c, labels.CATEGORY[c]) for c in CATEGORIES)
    )
    platforms = MultiCheckboxField(
        "Toegestane platforms", choices=options((p, labels.PLATFORM[p]) for p in PLATFORMS)
    )
    lookback_years = IntegerField(
        "Terugkijkperiode (jaren)", default=5, validators=[InputRequired(), NumberRange(1, 20)]
    )
    min_shared = IntegerField(
        "Drempel gedeelde connecties",
        default=5,
        validators=[InputRequired(), NumberRange(1, 1000)],
    )
    retention_weeks = IntegerField(
        "Bewaartermijn (weken na sluiten vacature)",
        default=4,
        validators=[InputRequired(), NumberRange(1, 52)],
    )

    def reason_field(self, category: str):
        return self[f"reason_{category}"]

    def reasons(self) -> dict[str, str]:
        return {c: self.reason_field(c).data or "" for c in CATEGORIES}

    def validate_categories(self, field: MultiCheckboxField) -> None:
        if not field.data:
            raise ValidationError(_("Kies minstens één categorie die voor deze functie telt."))

    def validate_platforms(self, field: MultiCheckboxField) -> None:
        if not field.data:
            raise ValidationError(_("Kies minstens één platform dat gebruikt mag worden."))

    def validate(self, extra_validators=None) -> bool:
        ok = super().validate(extra_validators)
        for category in self.categories.data or ():
            reason = self.reason_field(category) if category in CATEGORIES else None
            if reason is not None and not (reason.data or "").strip():
                reason.errors = [*reason.errors, _("Schrijf waarom deze categorie relevant is.")]
                ok = False
        return ok


for _category in CATEGORIES:
    setattr(
        ProfileForm,
        f"reason_{_category}",
        TextAreaField(f"Reden: {_category}", validators=[Optional(), Length(max=2000)]),
    )


class CandidateForm(WorkflowForm):
    name = StringField("Naam", validators=[InputRequired(), Length(max=200)])
    email = StringField(
        "E-mailadres",
        validators=[
            Optional(),
            Length(max=254),
            Regexp(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", message="Geen geldig e-mailadres."),
        ],
    )


class NoticeForm(WorkflowForm):
    at = DateField("Datum van informeren", default=date.today, validators=[InputRequired()])
    method = SelectField(
        "Manier",
        choices=options([("", "—"), *labels.NOTICE_METHOD.items()]),
        validators=[InputRequired(message="Kies hoe de kandidaat is geïnformeerd.")],
    )


class ManagerForm(WorkflowForm):
    user_id = SelectField("Hiring manager", coerce=int, validators=[InputRequired()])


class DecisionForm(WorkflowForm):
    """One decision on one finding: confirm, dismiss (with reason), re-label, re-open."""

    action = SelectField(
        "Besluit",
        choices=options(
            [
                ("confirm", "Bevestigen"),
                ("dismiss", "Afwijzen"),
                ("relabel", "Andere categorie"),
                ("reopen", "Heropenen"),
            ]
        ),
        validators=[InputRequired()],
    )
    reason = SelectField(
        "Reden van afwijzen",
        choices=options([("", "—")] + [(r, labels.DISMISS_REASON[r]) for r in DISMISS_REASONS]),
        default="",
    )
    new_category = SelectField(
        "Nieuwe categorie",
        choices=options([("", "—")] + [(c, labels.CATEGORY[c]) for c in CATEGORIES]),
        default="",
    )
    note = TextAreaField("Notitie", validators=[Optional(), Length(max=2000)])

    def validate_reason(self, field: SelectField) -> None:
        if self.action.data == "dismiss" and not field.data:
            raise ValidationError(_("Kies een reden om af te wijzen."))

    def validate_new_category(self, field: SelectField) -> None:
        if self.action.data == "relabel" and not field.data:
            raise ValidationError(_("Kies de nieuwe categorie."))


class BulkDecisionForm(DecisionForm):
    finding_ids = MultiCheckboxField("Bevindingen", coerce=int)

    def validate_finding_ids(self, field: MultiCheckboxField) -> None:
        if not field.data:
            raise ValidationError(_("Selecteer minstens één bevinding."))


class ExplanationForm(WorkflowForm):
    text = TextAreaField("Toelichting van de kandidaat", validators=[Length(max=5000)])


class UserForm(WorkflowForm):
    username = StringField(
        "Gebruikersnaam",
        validators=[
            InputRequired(),
            Length(max=80),
            Regexp(r"^[\w.@-]+$", message="Alleen letters, cijfers en . _ @ -"),
        ],
    )
    display_name = StringField("Weergavenaam", validators=[Optional(), Length(max=120)])
    role = SelectField(
        "Rol",
        choices=options((r, labels.STATUS[r]) for r in ("reviewer", "hiring_manager", "admin")),
    )
    password = PasswordField("Wachtwoord", validators=[InputRequired(), Length(min=10, max=200)])
    confirm = PasswordField(
        "Wachtwoord herhalen",
        validators=[EqualTo("password", message="De wachtwoorden zijn niet gelijk.")],
    )


class RoleForm(WorkflowForm):
    role = SelectField(
        "Rol",
        choices=options((r, labels.STATUS[r]) for r in ("reviewer", "hiring_manager", "admin")),
    )


class PasswordForm(WorkflowForm):
    password = PasswordField(
        "Nieuw wachtwoord", validators=[InputRequired(), Length(min=10, max=200)]
    )


class AuditFilterForm(WorkflowForm):
    """The audit page's filters: a GET form, so no CSRF token (it changes nothing)."""

    class Meta:
        csrf = False

    action = StringField("Actie", validators=[Optional(), Length(max=80)])
    actor = StringField("Wie", validators=[Optional(), Length(max=80)])
    candidate_id = IntegerField("Kandidaat-nr.", validators=[Optional(), NumberRange(min=1)])
    date_from = DateField("Vanaf", validators=[Optional()])
    date_to = DateField("Tot en met", validators=[Optional()])
    page = IntegerField("Pagina", default=1, validators=[Optional(), NumberRange(min=1)])


# --------------------------------------------------------------------------- network


class OrgMemberForm(WorkflowForm):
    """An employee's own connection export, with their name and opt-in date (admin only)."""

    name = StringField("Naam medewerker", validators=[InputRequired(), Length(max=120)])
    opt_in_at = DateField("Datum van toestemming", validators=[InputRequired()])
    export = FileField(
        "Connectie-export (LinkedIn Connections.csv of zip, X, Mastodon, Facebook)",
        validators=[FileRequired()],
    )

    def validate_opt_in_at(self, field: DateField) -> None:
        if field.data and field.data > date.today():
            raise ValidationError(_("De datum van toestemming kan niet in de toekomst liggen."))


class ClaimForm(WorkflowForm):
    """A network claim as the candidate made it, e.g. "netwerk in de logistiek"."""

    text = StringField("Claim van de kandidaat", validators=[InputRequired(), Length(max=300)])


class ConfirmForm(WorkflowForm):
    """A button that changes something: only the CSRF token travels."""
