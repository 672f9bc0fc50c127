"""Administration: users and roles, and the audit log with its chain check."""

from __future__ import annotations

from flask import Blueprint, flash, g, jsonify, redirect, render_template, request, url_for

from .. import audit
from ..errors import ScreenerError
from ..storage import events, users
from . import get_db
from .auth import require_roles
from .forms import AuditFilterForm, PasswordForm, RoleForm, UserForm
from .i18n import gettext as _

bp = Blueprint("admin", __name__, url_prefix="/admin")


# --------------------------------------------------------------------------- users


def _users_page(form: UserForm, status: int = 200):
    rows = users.list_users(get_db())
    return render_template(
        "admin/users.html",
        users=rows,
        form=form,
        role_form=RoleForm(formdata=None),
        password_form=PasswordForm(formdata=None),
    ), status


@bp.route("/users", methods=["GET", "POST"], endpoint="users")
@require_roles("admin")
def users_page():
    form = UserForm()
    if form.validate_on_submit():
        db = get_db()
        try:
            with db.atomic():
                users.create_user(
                    db,
                    form.username.data,
                    users.hash_password(form.password.data),
                    form.role.data,
                    display_name=form.display_name.data or "",
                )
                audit.record(
                    db,
                    g.user["username"],
                    "user.create",
                    detail={"username": form.username.data, "role": form.role.data},
                )
        except ScreenerError as exc:
            form.username.errors = [*form.username.errors, str(exc)]
        else:
            flash(_("Gebruiker {name} aangemaakt.", name=form.username.data), "success")
            return redirect(url_for("admin.users"))
    return _users_page(form, 400 if form.is_submitted() else 200)


@bp.route("/users.json")
@require_roles("admin")
def users_json():
    return jsonify(users=users.list_users(get_db()))


def _change(user_id: int, action: str, change, **detail):
    db = get_db()
    target = next(db.query("SELECT username FROM users WHERE id = ?", [user_id]), None)
    try:
        with db.atomic():
            change(db)
            audit.record(
                db,
                g.user["username"],
                f"user.{action}",
                detail={"username": target["username"] if target else user_id, **detail},
            )
    except ScreenerError as exc:
        flash(str(exc), "error")
        return False
    return True


@bp.route("/users/<int:user_id>/deactivate", methods=["POST"])
@require_roles("admin")
def user_deactivate(user_id: int):
    if _change(user_id, "deactivate", lambda db: users.deactivate_user(db, user_id)):
        flash(_("Gebruiker uitgeschakeld."), "success")
    return redirect(url_for("admin.users"))


@bp.route("/users/<int:user_id>/activate", methods=["POST"])
@require_roles("admin")
def user_activate(user_id: int):
    if _change(user_id, "activate", lambda db: users.activate_user(db, user_id)):
        flash(_("Gebruiker weer actief."), "success")
    return redirect(url_for("admin.users"))


@bp.route("/users/<int:user_id>/role", methods=["POST"])
@require_roles("admin")
def user_role(user_id: int):
    form = RoleForm()
    if not form.validate_on_submit():
        flash(_("Kies een geldige rol."), "error")
    elif _change(
        user_id, "role", lambda db: users.set_role(db, user_id, form.role.data), role=form.role.data
    ):
        flash(_("Rol gewijzigd."), "success")
    return redirect(url_for("admin.users"))


@bp.route("/users/<int:user_id>/password", methods=["POST"])
@require_roles("admin")
def user_password(user_id: int):
    form = PasswordForm()
    if not form.validate_on_submit():
        for error in form.password.errors:
            flash(error, "error")
    elif _change(
        user_id, "password", lambda db: users.set_password(db, user_id, form.password.data)
    ):
        flash(_("Wachtwoord ingesteld."), "success")
    return redirect(url_for("admin.users"))


# --------------------------------------------------------------------------- audit


def _filters(form: AuditFilterForm) -> dict:
    return {
        "action": (form.action.data or "").strip(),
        "actor": (form.actor.data or "").strip(),
        "candidate_id": form.candidate_id.data,
        "date_from": form.date_from.data.isoformat() if form.date_from.data else "",
        "date_to": form.date_to.data.isoformat() if form.date_to.data else "",
    }


@bp.route("/audit", endpoint="audit")
@require_roles("admin")
def audit_page():
    form = AuditFilterForm(request.args)
    valid = form.validate()
    filters = _filters(form) if valid else {}
    page = (form.page.data or 1) if valid else 1
    rows, total = events.list_events(get_db(), page=page, **filters)
    pages = max((total + events.PAGE_SIZE - 1) // events.PAGE_SIZE, 1)
    args = {k: v for k, v in request.args.items() if k != "page" and v}
    return render_template(
        "admin/audit.html",
        form=form,
        events=rows,
        total=total,
        page=page,
        pages=pages,
        args=args,
        actions=events.distinct_actions(get_db()),
    ), 200 if valid else 400


@bp.route("/audit.json")
@require_roles("admin")
def audit_json():
    form = AuditFilterForm(request.args)
    if not form.validate():
        return jsonify(errors=form.errors), 400
    rows, total = events.list_events(get_db(), page=form.page.data or 1, **_filters(form))
    return jsonify(events=rows, total=total, page=form.page.data or 1)


@bp.route("/audit/verify", methods=["POST"])
@require_roles("admin")
def audit_verify():
    db = get_db()
    broken = audit.broken_event(db)
    if broken is None:
        count = next(db.query("SELECT count(*) AS n FROM audit_events"))["n"]
        flash(_("De auditketen is intact ({n} gebeurtenissen gecontroleerd).", n=count), "success")
    else:
        flash(
            _(
                "De auditketen is verbroken bij gebeurtenis {id} ({action}, {at}).",
                id=broken["id"],
                action=broken["action"],
                at=broken["at"],
            ),
            "error",
        )
    audit.record(db, g.user["username"], "audit.verify", detail={"ok": broken is None})
    return redirect(url_for("admin.audit"))
