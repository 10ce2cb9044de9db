-- Conversation history: one row per answered request, read newest first.
create table history (
    id              uuid        primary key,
    occurred_at     timestamptz not null,
    principal       text        not null,
    era             text        not null check (era in ('LEGACY', 'MODERN')),
    session         text,
    method          text        not null,
    tool            text,
    arguments       jsonb       not null default '{}'::jsonb,
    result_summary  text        not null default '',
    duration_micros bigint      not null,
    status          text        not null check (status in ('OK', 'ERROR', 'CANCELLED')),
    error_code      integer,
    trace_id        text
);
create index history_newest on history (occurred_at desc, id desc);
create index history_by_session on history (session, occurred_at desc, id desc) where session is not null;
create index history_by_principal on history (principal, occurred_at desc, id desc);

-- Operators' tool configuration, over what the tools' code declares.
create table tool_configuration (
    tool                 text        primary key,
    enabled              boolean     not null,
    required_scopes      text[]      not null default '{}',
    description_override text,
    settings             jsonb       not null default '{}'::jsonb,
    updated_at           timestamptz not null
);

-- Legacy (initialize-based) sessions, with sliding expiry.
create table sessions (
    id                  text        primary key,
    protocol_version    text        not null,
    client_info         jsonb       not null,
    client_capabilities jsonb       not null,
    owner               text        not null,
    log_level           text        not null,
    subscriptions       text[]      not null default '{}',
    initialized         boolean     not null,
    created_at          timestamptz not null,
    expires_at          timestamptz not null
);
create index sessions_expiry on sessions (expires_at);

-- Long-running work of the tasks extension.
create table tasks (
    id            text        primary key,
    owner         text        not null,
    session       text,
    method        text        not null,
    status        text        not null check (status in ('working', 'input_required', 'completed', 'failed', 'cancelled')),
    status_message text,
    request       jsonb       not null default '{}'::jsonb,
    result        jsonb,
    error         jsonb,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    ttl_millis    bigint,
    expires_at    timestamptz,
    poll_interval_millis integer
);
create index tasks_by_owner on tasks (owner, created_at desc, id desc);
create index tasks_expiry on tasks (expires_at) where expires_at is not null;

-- Agent runs and the steps they take.
create table agent_runs (
    id          uuid        primary key,
    agent       text        not null,
    owner       text        not null,
    task_id     text        references tasks (id) on delete set null,
    status      text        not null check (status in ('running', 'completed', 'failed', 'cancelled')),
    input       jsonb       not null default '{}'::jsonb,
    output      jsonb,
    error       text,
    started_at  timestamptz not null,
    finished_at timestamptz
);
create index agent_runs_by_owner on agent_runs (owner, started_at desc);
create index agent_runs_by_task on agent_runs (task_id) where task_id is not null;

create table agent_steps (
    run_id      uuid        not null references agent_runs (id) on delete cascade,
    seq         integer     not null,
    kind        text        not null,
    tool        text,
    input       jsonb,
    output      jsonb,
    status      text        not null check (status in ('ok', 'error', 'cancelled')),
    started_at  timestamptz not null,
    duration_micros bigint,
    primary key (run_id, seq)
);
