-- Tasks keep their pending input requests and the client's answers; the method is not part of a task record.
alter table tasks add column input_requests jsonb not null default '{}'::jsonb;
alter table tasks add column input_responses jsonb not null default '{}'::jsonb;
alter table tasks alter column method drop not null;
alter table tasks alter column poll_interval_millis type bigint;

-- Newest first per owner, ties broken by id in byte order (as tasks are listed).
drop index tasks_by_owner;
create index tasks_by_owner on tasks (owner, created_at desc, id collate "C" desc);
