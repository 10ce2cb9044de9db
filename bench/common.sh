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

# pin_stores <cpu>: moves every local PostgreSQL and Redis process (all their threads) to <cpu>, the
# load generator's core, so that the server's core runs the server alone: left free, the kernel may wake
# a PostgreSQL backend on the core of the server thread that wrote to it, and the database's work (and
# its evictions of the server's caches) is then charged to the server's throughput. Backends PostgreSQL
# starts meanwhile inherit the pin from the postmaster. Sets stores_pinned to the number of processes
# moved (0 without the right to move them); unpin_stores gives them back their own CPUs.
pinned_stores=()
pin_stores() {
  local cpu=$1 pid mask
  stores_pinned=0
  for pid in $(pgrep -x postgres 2>/dev/null) $(pgrep -x redis-server 2>/dev/null); do
    mask=$(taskset -p "$pid" 2>/dev/null | awk '{print $NF}')
    [ -n "$mask" ] || continue
    if taskset -a -p -c "$cpu" "$pid" >/dev/null 2>&1; then
      pinned_stores+=("$pid:$mask")
      stores_pinned=$(( stores_pinned + 1 ))
    fi
  done
}

# unpin_stores: undoes pin_stores; backends started while pinned get the mask the first PostgreSQL
# process had. Never fails.
unpin_stores() {
  local entry pid postgres_mask=""
  for entry in "${pinned_stores[@]}"; do
    pid=${entry%%:*}
    taskset -a -p "${entry#*:}" "$pid" >/dev/null 2>&1 || true
    if [ -z "$postgres_mask" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = postgres ]; then
      postgres_mask=${entry#*:}
    fi
  done
  if [ -n "$postgres_mask" ]; then
    for pid in $(pgrep -x postgres 2>/dev/null); do
      taskset -a -p "$postgres_mask" "$pid" >/dev/null 2>&1 || true
    done
  fi
  pinned_stores=()
  return 0
}
