-- A run may belong to a task kept by another store or instance: its task id is a plain reference.
alter table agent_runs drop constraint if exists agent_runs_task_id_fkey;

-- Each step names the agent that took it (a run can span several agents).
alter table agent_steps add column agent text;
update agent_steps s set agent = r.agent from agent_runs r where r.id = s.run_id;
alter table agent_steps alter column agent set not null;

-- Agent definitions operators keep at run time, beside those the configuration declares.
create table agent_definitions (
    name                text        primary key,
    description         text        not null,
    instructions        text        not null,
    allowed_tools       text[]      not null default '{}',
    model_preferences   jsonb,
    max_steps           integer     not null check (max_steps > 0),
    max_tokens          bigint      not null check (max_tokens > 0),
    max_duration_millis bigint      not null check (max_duration_millis > 0),
    updated_at          timestamptz not null
);
