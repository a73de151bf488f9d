-- The highest sequence number removed by retention pruning: a cursor below it may have missed events.
alter table change_counter add column pruned_through bigint default 0 not null;
