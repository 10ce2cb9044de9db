# Helpers shared by bench/run and bench/profile; sourced, not run.

# A free TCP port on 127.0.0.1.
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# Waits until something answers HTTP on the port (any status), at most 60 s; fails early if the
# process $2 exits.
wait_http() {
  local port=$1 pid=$2
  for _ in $(seq 1 600); do
    kill -0 "$pid" 2>/dev/null || return 1
    curl -s -o /dev/null -m 1 "http://127.0.0.1:$port/" && return 0
    sleep 0.1
  done
  return 1
}

# scratch_database <database url> <name>: drops and creates the database <name> on the server of the
# URL, from the database the URL names, or from the server's postgres database when that one does not
# exist yet. On success sets scratch_url (the URL with <name> in place of its database, its query kept)
# and scratch_admin (the URL the database was created from, to drop it with later); fails without psql
# or without the right to create databases.
scratch_database() {
  local url=$1 name=$2 base admin
  command -v psql >/dev/null 2>&1 || return 1
  base="${url%%\?*}"
  for admin in "$base" "${base%/*}/postgres"; do
    if psql "$admin" -qc "drop database if exists $name" -c "create database $name" >/dev/null 2>&1; then
      scratch_url="${base%/*}/$name${url#"$base"}" scratch_admin=$admin
      return 0
    fi
  done
  return 1
}

# drop_scratch_database <admin url> <name>: drops what scratch_database created; never fails.
drop_scratch_database() {
  psql "$1" -qc "drop database if exists $2" >/dev/null 2>&1 || true
}
