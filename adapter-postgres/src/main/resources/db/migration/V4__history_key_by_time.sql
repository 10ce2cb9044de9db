-- History indexes in ascending order, read backwards for newest-first pages. New entries then land at
-- the end of each index's range (the primary key's, a principal's, a session's) rather than at its
-- start: PostgreSQL appends them to a cached rightmost leaf, or splits leaves so that they stay full,
-- instead of descending the tree for each entry and leaving half-empty pages behind.
-- The primary key becomes (occurred_at, id): the index that answers unfiltered newest-first reads is
-- then the one that keeps entries unique, and each written entry updates one index fewer.
alter table history drop constraint history_pkey;
alter table history add primary key (occurred_at, id);
drop index history_newest;
drop index history_by_session;
create index history_by_session on history (session, occurred_at, id) where session is not null;
drop index history_by_principal;
create index history_by_principal on history (principal, occurred_at, id);
