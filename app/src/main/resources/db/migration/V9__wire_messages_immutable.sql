-- The archive is evidence: what went over the wire is never altered, and a NACCS message (電文) is
-- never deleted (NACCS terms of use art. 12). Enforced here, below every code path, so neither a
-- bug nor a hand-written statement can do it; status, reason and correlation stay updatable.

create function wire_messages_raw_immutable() returns trigger language plpgsql as $$
begin
    if new.raw is distinct from old.raw then
        raise exception 'wire message % is archived: its raw content cannot be altered', old.id
            using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end
$$;

-- "of raw": fires only for statements that set raw, so status updates never compare large byteas
create trigger wire_messages_raw_immutable
    before update of raw on wire_messages
    for each row execute function wire_messages_raw_immutable();

create function wire_messages_naccs_undeletable() returns trigger language plpgsql as $$
begin
    raise exception 'wire message % is a NACCS message (電文): it cannot be deleted', old.id
        using errcode = 'integrity_constraint_violation';
end
$$;

create trigger wire_messages_naccs_undeletable
    before delete on wire_messages
    for each row when (old.channel = 'NACCS_SMTP')
    execute function wire_messages_naccs_undeletable();
