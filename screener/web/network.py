"""The network pages: the organisation network (admins) and a candidate's network and claims.

Employees' own connection lists are shown to admins only. The candidate page shows only
the people a candidate and an employee share; hiring managers assigned to the vacancy see
the claims' verdicts, never connection lists.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from markupsafe import Markup
from werkzeug.utils import secure_filename

from .. import audit
from ..analysis.claim_text import verdict_label
from ..analysis.claims import parse_claim, verdict_to_json, verify_claim
from ..analysis.network import analyse_network, network_to_json
from ..analysis.sectors import sector_label
from ..errors import ScreenerError
from ..reports.graph_svg import graph_svg, growth_svg
from ..storage import claims as claim_store
from ..storage import org
from ..storage.posts import list_uploads, load_connections
from ..storage.vacancies import can_view_vacancy, get_candidate, get_profile
from . import get_db
from .auth import require_roles
from .forms import ClaimForm, ConfirmForm, OrgMemberForm
from .i18n import current_language
from .i18n import gettext as _
from .uploads import json_response

bp = Blueprint("network", __name__)
DEFAULT_MIN_SHARED = 5


# --------------------------------------------------------------------------- organisation


def _parse_upload(storage) -> Any:
    """Parse an uploaded export in a private temporary folder (its name decides the format)."""
    from ..ingest import parse_export

    name = secure_filename(storage.filename or "") or "export"
    with tempfile.TemporaryDirectory(prefix="screener-org-") as folder:
        path = Path(folder) / name
        storage.save(path)
        return parse_export(path)


@bp.route("/org/", methods=["GET", "POST"])
@require_roles("admin")
def org_index():
    db = get_db()
    form = OrgMemberForm()
    if form.validate_on_submit():
        try:
            bundle = _parse_upload(form.export.data)
            if not bundle.connections:
                raise ScreenerError(_("Dit bestand bevat geen connecties."))
            with db.atomic():
                member_id = org.add_member(
                    db,
                    form.name.data,
                    form.opt_in_at.data,
                    bundle.connections,
                    source=secure_filename(form.export.data.filename or ""),
                    user_id=g.user["id"],
                )
                audit.record(
                    db,
                    g.user["username"],
                    "org.add",
                    detail={"member_id": member_id, "connections": len(bundle.connections)},
                )
        except org.DuplicateMemberError:
            form.name.errors.append(_("Er is al een medewerker met deze naam."))
        except ScreenerError as exc:
            form.export.errors.append(str(exc).splitlines()[0])
        else:
            flash(
                _(
                    "{name} toegevoegd met {n} connecties.",
                    name=form.name.data,
                    n=len(bundle.connections),
                ),
                "success",
            )
            return redirect(url_for("network.org_index"))
    status = 400 if request.method == "POST" else 200
    return render_template(
        "network/org_index.html", form=form, members=org.list_members(db), confirm=ConfirmForm()
    ), status


@bp.route("/org.json")
@require_roles("admin")
def org_index_json():
    return json_response({"members": org.list_members(get_db())})


def _member_or_404(member_id: int) -> dict[str, Any]:
    member = org.get_member(get_db(), member_id)
    if member is None:
        abort(404)
    return member


@bp.route("/org/<int:member_id>")
@require_roles("admin")
def org_member(member_id: int):
    member = _member_or_404(member_id)
    connections = org.load_member_connections(get_db(), member_id)
    return render_template(
        "network/org_member.html", member=member, connections=connections, confirm=ConfirmForm()
    )


@bp.route("/org/<int:member_id>.json")
@require_roles("admin")
def org_member_json(member_id: int):
    member = _member_or_404(member_id)
    connections = org.load_member_connections(get_db(), member_id)
    return json_response({"member": member, "connections": connections})


@bp.route("/org/<int:member_id>/remove", methods=["GET", "POST"])
@require_roles("admin")
def org_remove(member_id: int):
    member = _member_or_404(member_id)
    form = ConfirmForm()
    if request.method == "POST" and form.validate_on_submit():
        db = get_db()
        with db.atomic():
            org.remove_member(db, member_id)
            audit.record(
                db,
                g.user["username"],
                "org.remove",
                detail={"member_id": member_id, "connections": member["connections"]},
            )
        flash(
            _(
                "{name} en alle connecties van deze medewerker zijn verwijderd.",
                name=member["name"],
            ),
            "success",
        )
        return redirect(url_for("network.org_index"))
    return render_template("network/org_remove.html", member=member, form=form)


# --------------------------------------------------------------------------- candidate


def _candidate_for_view(candidate_id: int) -> dict[str, Any]:
    """The candidate, or 404; 403 for a hiring manager not assigned to the vacancy."""
    db = get_db()
    candidate = get_candidate(db, candidate_id)
    if candidate is None:
        abort(404)
    if not can_view_vacancy(db, g.user, candidate["vacancy_id"]):
        abort(403)
    return candidate


def _analysis(candidate: dict[str, Any]):
    """The network result and every stored claim re-checked against the current network."""
    db = get_db()
    profile = get_profile(db, candidate["vacancy_id"])
    min_shared = int(profile["min_shared"]) if profile else DEFAULT_MIN_SHARED
    blank = sum(
        int((u.get("counts") or {}).get("blank_connections", 0) or 0)
        for u in list_uploads(db, candidate["id"])
    )
    result = analyse_network(
        load_connections(db, candidate["id"]),
        org.load_org_network(db),
        min_shared=min_shared,
        blank_connections=blank,
    )
    claims = [
        (row, verify_claim(parse_claim(row["text"]), result, min_shared=min_shared))
        for row in claim_store.list_claims(db, candidate["id"])
    ]
    return result, claims, min_shared


def _verdict_only(verdict) -> dict[str, Any]:
    """What a hiring manager may see of a verdict: no names of connections."""
    data = verdict_to_json(verdict)
    for key in ("people", "explanation", "explanation_en"):
        data.pop(key, None)
    return data


def _viewed_analysis(candidate_id: int, detail: dict[str, str]):
    """:func:`_analysis` of a candidate after the access check, with the view logged."""
    candidate = _candidate_for_view(candidate_id)
    result, claims, min_shared = _analysis(candidate)
    audit.record(
        get_db(),
        g.user["username"],
        "candidate.view",
        candidate_id=candidate_id,
        vacancy_id=candidate["vacancy_id"],
        detail=detail,
    )
    return candidate, result, claims, min_shared


@bp.route("/candidates/<int:candidate_id>/network")
@require_roles("admin", "reviewer", "hiring_manager")
def candidate(candidate_id: int):
    candidate, result, claims, min_shared = _viewed_analysis(candidate_id, {"page": "network"})
    lang = current_language()
    full = g.user["role"] in ("admin", "reviewer")
    return render_template(
        "network/candidate.html",
        candidate=candidate,
        result=result,
        claims=claims,
        min_shared=min_shared,
        full=full,
        form=ClaimForm(),
        confirm=ConfirmForm(),
        lang=lang,
        verdict_label=verdict_label,
        sector_label=sector_label,
        graph=Markup(graph_svg(result, lang=lang)) if full else "",  # names escaped there
        growth=Markup(growth_svg(result, lang=lang)) if full else "",
    )


@bp.route("/candidates/<int:candidate_id>/network.json")
@require_roles("admin", "reviewer", "hiring_manager")
def candidate_json(candidate_id: int):
    _candidate, result, claims, min_shared = _viewed_analysis(
        candidate_id, {"page": "network", "format": "json"}
    )
    if g.user["role"] not in ("admin", "reviewer"):
        return json_response(
            {
                "candidate_id": candidate_id,
                "min_shared": min_shared,
                "claims": [dict(_verdict_only(v), id=row["id"]) for row, v in claims],
            }
        )
    data = network_to_json(result, [v for _row, v in claims])
    for item, (row, _verdict) in zip(data["claims"], claims, strict=True):
        item["id"] = row["id"]
    data.update(candidate_id=candidate_id, min_shared=min_shared)
    return json_response(data)


@bp.route("/candidates/<int:candidate_id>/claims", methods=["POST"])
@require_roles("admin", "reviewer")
def claim_add(candidate_id: int):
    candidate = _candidate_for_view(candidate_id)
    form = ClaimForm()
    if not form.validate_on_submit():
        for error in form.text.errors:
            flash(error, "error")
        return redirect(url_for("network.candidate", candidate_id=candidate_id))
    result, _claims, min_shared = _analysis(candidate)
    verdict = verify_claim(parse_claim(form.text.data), result, min_shared=min_shared)
    db = get_db()
    with db.atomic():
        claim_id = claim_store.save_claim(db, candidate_id, verdict, g.user["id"])
        audit.record(
            db,
            g.user["username"],
            "claim.add",
            candidate_id=candidate_id,
            vacancy_id=candidate["vacancy_id"],
            detail={"claim_id": claim_id, "kind": verdict.claim.kind, "verdict": verdict.verdict},
        )
    flash(
        _(
            "Claim toegevoegd: {verdict}.",
            verdict=verdict_label(verdict.verdict, current_language()),
        ),
        "success",
    )
    return redirect(url_for("network.candidate", candidate_id=candidate_id) + "#claims")


@bp.route("/candidates/<int:candidate_id>/claims/<int:claim_id>/delete", methods=["POST"])
@require_roles("admin", "reviewer")
def claim_delete(candidate_id: int, claim_id: int):
    candidate = _candidate_for_view(candidate_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    db = get_db()
    with db.atomic():
        if not claim_store.delete_claim(db, candidate_id, claim_id):
            abort(404)
        audit.record(
            db,
            g.user["username"],
            "claim.delete",
            candidate_id=candidate_id,
            vacancy_id=candidate["vacancy_id"],
            detail={"claim_id": claim_id},
        )
    flash(_("Claim verwijderd."), "success")
    return redirect(url_for("network.candidate", candidate_id=candidate_id) + "#claims")
