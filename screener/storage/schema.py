"""Schema migrations. Never edit a migration that has run somewhere; add a new one."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("screener")


@migrations(transactional=False)
def m001_wal(db: Database) -> None:
    # WAL lets the web node read while a worker's batch commits.
    db.execute("PRAGMA journal_mode=WAL")


@migrations()
def m002_core(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE COLLATE NOCASE,
            password_hash TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('admin', 'reviewer', 'hiring_manager')),
            display_name TEXT NOT NULL DEFAULT '',
            lang TEXT NOT NULL DEFAULT 'nl',
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL
        );
        CREATE TABLE login_attempts (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL,
            remote_addr TEXT NOT NULL DEFAULT '',
            at REAL NOT NULL,
            success INTEGER NOT NULL
        );
        CREATE INDEX login_attempts_user ON login_attempts(username, at);

        CREATE TABLE vacancies (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            department TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
            closed_at TEXT,
            created_at TEXT NOT NULL,
            created_by INTEGER REFERENCES users(id)
        );
        -- The screening profile: one per vacancy, required before any screening runs.
        CREATE TABLE profiles (
            vacancy_id INTEGER PRIMARY KEY REFERENCES vacancies(id) ON DELETE CASCADE,
            categories TEXT NOT NULL,      -- JSON list of job-relevant categories
            reasons TEXT NOT NULL,         -- JSON {category: written reason}
            platforms TEXT NOT NULL,       -- JSON list of allowed platforms
            lookback_years INTEGER NOT NULL DEFAULT 5,
            min_shared INTEGER NOT NULL DEFAULT 5,
            retention_weeks INTEGER NOT NULL DEFAULT 4,
            version INTEGER NOT NULL DEFAULT 1,
            updated_at TEXT NOT NULL,
            updated_by INTEGER REFERENCES users(id)
        );
        CREATE TABLE vacancy_managers (
            vacancy_id INTEGER NOT NULL REFERENCES vacancies(id) ON DELETE CASCADE,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            PRIMARY KEY (vacancy_id, user_id)
        );
        CREATE TABLE candidates (
            id INTEGER PRIMARY KEY,
            vacancy_id INTEGER NOT NULL REFERENCES vacancies(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            email TEXT NOT NULL DEFAULT '',
            notice_at TEXT,                -- when the candidate was told about screening
            notice_method TEXT NOT NULL DEFAULT '',
            notice_by INTEGER REFERENCES users(id),
            keep_consent_until TEXT,       -- consent to keep longer (max one year)
            purge_after TEXT,              -- computed from the profile, see retention.py
            screening_status TEXT NOT NULL DEFAULT 'new',  -- new|queued|running|done|failed
            screened_profile_version INTEGER,
            screened_at TEXT,
            created_at TEXT NOT NULL,
            created_by INTEGER REFERENCES users(id)
        );
        CREATE INDEX candidates_vacancy ON candidates(vacancy_id);

        CREATE TABLE uploads (
            id INTEGER PRIMARY KEY,
            candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            filename TEXT NOT NULL,        -- display only, sanitised; never used as a path
            stored_name TEXT,              -- uuid under instance/uploads/, NULL once deleted
            sha256 TEXT NOT NULL DEFAULT '',
            size INTEGER NOT NULL DEFAULT 0,
            platforms TEXT NOT NULL DEFAULT '[]',
            status TEXT NOT NULL DEFAULT 'queued'
                CHECK (status IN ('queued', 'parsing', 'analysing', 'done', 'failed')),
            stage TEXT NOT NULL DEFAULT '',
            progress_done INTEGER NOT NULL DEFAULT 0,
            progress_total INTEGER NOT NULL DEFAULT 0,
            error TEXT,
            counts TEXT NOT NULL DEFAULT '{}',   -- JSON: posts, connections, skipped, ...
            attempts INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            started_at TEXT,
            finished_at TEXT,
            created_by INTEGER REFERENCES users(id)
        );
        CREATE INDEX uploads_candidate ON uploads(candidate_id);

        CREATE TABLE posts (
            id INTEGER PRIMARY KEY,
            candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            upload_id INTEGER REFERENCES uploads(id) ON DELETE SET NULL,
            platform TEXT NOT NULL,
            post_id TEXT NOT NULL,
            created_at TEXT NOT NULL,      -- ISO-8601 UTC
            text TEXT NOT NULL,
            url TEXT,
            kind TEXT NOT NULL DEFAULT 'post',
            is_repost INTEGER NOT NULL DEFAULT 0,
            is_reply INTEGER NOT NULL DEFAULT 0,
            lang TEXT,
            negative INTEGER,
            sensitive INTEGER,
            UNIQUE (candidate_id, platform, post_id)
        );
        CREATE INDEX posts_candidate_created ON posts(candidate_id, created_at);

        CREATE TABLE connections (
            id INTEGER PRIMARY KEY,
            candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            upload_id INTEGER REFERENCES uploads(id) ON DELETE SET NULL,
            platform TEXT NOT NULL,
            relation TEXT NOT NULL DEFAULT 'connection',
            name TEXT NOT NULL,
            profile_url TEXT,
            handle TEXT,
            company TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT '',
            connected_on TEXT,
            dedupe_key TEXT NOT NULL,
            UNIQUE (candidate_id, dedupe_key)
        );

        CREATE TABLE org_members (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            opt_in_at TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL,
            added_by INTEGER REFERENCES users(id)
        );
        CREATE TABLE org_connections (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES org_members(id) ON DELETE CASCADE,
            platform TEXT NOT NULL,
            relation TEXT NOT NULL DEFAULT 'connection',
            name TEXT NOT NULL,
            profile_url TEXT,
            handle TEXT,
            company TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT '',
            connected_on TEXT,
            dedupe_key TEXT NOT NULL,
            UNIQUE (member_id, dedupe_key)
        );

        CREATE TABLE findings (
            id INTEGER PRIMARY KEY,
            candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            post_pk INTEGER REFERENCES posts(id) ON DELETE CASCADE,
            category TEXT NOT NULL,
            severity TEXT NOT NULL,
            rule TEXT NOT NULL,
            lexicon TEXT NOT NULL DEFAULT '',
            evidence TEXT NOT NULL,        -- JSON [{start, end, text}]
            negation TEXT,
            target TEXT,
            status TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'confirmed', 'dismissed')),
            label TEXT,                    -- category after a re-label
            dismiss_reason TEXT,
            note TEXT,
            candidate_explanation TEXT,
            decided_by INTEGER REFERENCES users(id),
            decided_at TEXT,
            created_at TEXT NOT NULL,
            UNIQUE (candidate_id, post_pk, category, rule)
        );
        CREATE INDEX findings_candidate ON findings(candidate_id, status);

        CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
            user_id INTEGER REFERENCES users(id),
            action TEXT NOT NULL CHECK (action IN ('confirm', 'dismiss', 'relabel', 'reopen')),
            reason TEXT,
            note TEXT,
            new_category TEXT,
            created_at TEXT NOT NULL
        );

        -- Candidate-level results of a screening run (patterns, exclusions, network).
        CREATE TABLE screenings (
            candidate_id INTEGER PRIMARY KEY REFERENCES candidates(id) ON DELETE CASCADE,
            profile_version INTEGER,
            patterns TEXT NOT NULL DEFAULT '{}',
            excluded TEXT NOT NULL DEFAULT '{}',
            languages TEXT NOT NULL DEFAULT '{}',
            network TEXT NOT NULL DEFAULT '{}',
            lexicon_versions TEXT NOT NULL DEFAULT '{}',
            updated_at TEXT NOT NULL
        );

        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,            -- size | sector | company | person
            parsed TEXT NOT NULL DEFAULT '{}',
            verdict TEXT,
            evidence TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL,
            created_by INTEGER REFERENCES users(id)
        );

        CREATE TABLE audit_events (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            candidate_id INTEGER,          -- no FK: events outlive purged candidates
            vacancy_id INTEGER,
            finding_id INTEGER,
            detail TEXT NOT NULL DEFAULT '{}',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX audit_candidate ON audit_events(candidate_id);

        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
    )


@migrations()
def m003_posts_fts(db: Database) -> None:
    db["posts"].enable_fts(["text"], create_triggers=True, tokenize="unicode61 remove_diacritics 2")


@migrations()
def m004_audit_redaction(db: Database) -> None:
    # The chain covers a hash of each event's detail, so a purge can blank the detail
    # (which may quote a note or a name) and the chain still verifies.
    db.execute("ALTER TABLE audit_events ADD COLUMN detail_hash TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE audit_events ADD COLUMN redacted INTEGER NOT NULL DEFAULT 0")


@migrations()
def m170_jobs(db: Database) -> None:
    # Job state lives here, never in the queue: a heartbeat lets a reaper re-enqueue an
    # upload whose worker died; posts.score (JSON of the scorer's verdict, job-relevant
    # findings only, no special-category topics) marks a post as done, so a resumed job
    # scores only what is left.
    db.execute("ALTER TABLE uploads ADD COLUMN heartbeat_at TEXT")
    db.execute("ALTER TABLE posts ADD COLUMN score TEXT")
    db.execute("ALTER TABLE candidates ADD COLUMN screening_heartbeat_at TEXT")
    db.execute("ALTER TABLE candidates ADD COLUMN screening_progress TEXT NOT NULL DEFAULT '{}'")


@migrations()
def m171_job_owner(db: Database) -> None:
    # "host:pid" of the worker running an upload: a restarted worker on the same host
    # resumes a job whose process is gone without waiting for the heartbeat to go stale.
    db.execute("ALTER TABLE uploads ADD COLUMN worker TEXT")


@migrations()
def m172_screening_lock(db: Database) -> None:
    # One screening of a candidate at a time: "host:pid" of the worker holding it (two
    # uploads of one candidate would otherwise score the same posts twice).
    db.execute("ALTER TABLE candidates ADD COLUMN screening_worker TEXT")


@migrations()
def m179_browse_indexes(db: Database) -> None:
    # The candidate page lists connections by name, a page at a time: without this index
    # every page sorts all of a candidate's (often 30k) connections.
    db.execute(
        "CREATE INDEX IF NOT EXISTS connections_candidate_name"
        " ON connections(candidate_id, name COLLATE NOCASE, id)"
    )


@migrations()
def m173_fts_update_of_text(db: Database) -> None:
    # The FTS index only holds the text: re-index a post when its text changes, not when
    # the analysis writes lang/negative/sensitive/score (that re-indexed every post on
    # every screening).
    db.executescript(
        """
        DROP TRIGGER IF EXISTS posts_au;
        CREATE TRIGGER posts_au AFTER UPDATE OF text ON posts BEGIN
          INSERT INTO posts_fts (posts_fts, rowid, text) VALUES('delete', old.rowid, old.text);
          INSERT INTO posts_fts (rowid, text) VALUES (new.rowid, new.text);
        END;
        """
    )


@migrations()
def m174_screening_fingerprint(db: Database) -> None:
    # What a screening's patterns and network were computed from, so a job that changed
    # nothing (a second upload of the same candidate) reuses them instead of redoing them.
    db.execute("ALTER TABLE screenings ADD COLUMN fingerprint TEXT NOT NULL DEFAULT '{}'")
