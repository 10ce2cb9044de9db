-- The history's primary key becomes (occurred_at, id): the index that answers newest-first reads (scanned
-- backwards) is then the one that keeps entries unique, and each written entry updates one index fewer.
alter table history drop constraint history_pkey;
alter table history add primary key (occurred_at, id);
drop index history_newest;
