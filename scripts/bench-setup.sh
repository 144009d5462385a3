# Sourced by the benchmarks: starts a release build of weltoffen on a free port of 127.0.0.1 with an
# empty database, logs a coordinator of 12072 in through the real form, and starts a Selbstcheck
# round answered by 20 respondents (every statement, through the paper import).
# Expects $build (1 to build first), $threads, $connections, $seconds; sets $bin, $data, $pid,
# $base, $cookie, $csrf, $round_path, $answers, $rss_idle_kb and the functions run and run_auth.
# It sets an EXIT trap that stops the server and removes the data directory.

target_dir="${CARGO_TARGET_DIR:-target}"
[ "$build" = 1 ] && cargo build --release -p weltoffen --locked
bin="${WELTOFFEN_BENCH_BIN:-$target_dir/release/weltoffen}"  # another build only to try the script

data=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
log="$data/server.log"
printf 'bench-password-123\n' | "$bin" user create --data-dir "$data" --email bench@weltoffen.example --name Bench \
  --password-stdin --municipality 12072 --role coordinator >/dev/null
"$bin" serve --listen "127.0.0.1:$port" --data-dir "$data" --no-demo >"$data/stdout" 2>"$log" &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 100); do
  grep -q "listening on" "$data/stdout" 2>/dev/null && break
  sleep 0.1
done
base="http://127.0.0.1:$port"
curl -fsS "$base/healthz" >/dev/null
sleep 1
rss_idle_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)

lua=$(mktemp)
cat >"$lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status,
    summary.requests))
end
LUA

run() { # path -> "rps p50 p99 errors requests"
  wrk -t"$threads" -c"$connections" -d"${seconds}s" -s "$lua" "$base$1" | awk '/^RESULT/ {print $2, $3, $4, $5, $6}'
}

# Log in through the real form: the CSRF cookie and field from the login page, then the session cookie.
jar="$data/cookies"
csrf=$(curl -fsS -c "$jar" "$base/login" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fsS -b "$jar" -c "$jar" -o /dev/null -H 'Sec-Fetch-Site: same-origin' \
  --data-urlencode "csrf=$csrf" --data-urlencode "email=bench@weltoffen.example" --data-urlencode "password=bench-password-123" "$base/login"
session=$(awk '$6 == "__Host-weltoffen_session" {print $7}' "$jar")
[ -n "$session" ] || { echo "login for the benchmark failed" >&2; exit 1; }
cookie="Cookie: __Host-weltoffen_session=$session; __Host-weltoffen_csrf=$csrf"
cookie_pairs="__Host-weltoffen_session=$session; __Host-weltoffen_csrf=$csrf"
status=$(curl -s -o /dev/null -w '%{http_code}' -H "$cookie" "$base/m/12072")
[ "$status" = 200 ] || { echo "the logged-in page answered $status, not 200" >&2; exit 1; }

run_auth() { # path with the session cookie
  wrk -t"$threads" -c"$connections" -d"${seconds}s" -s "$lua" -H "$cookie" "$base$1" | awk '/^RESULT/ {print $2, $3, $4, $5, $6}'
}

# A round with 20 respondents who answered every statement, imported through the paper import.
form_csrf() { curl -fsS -H "$cookie" "$base$1" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1; }
round_path=$(curl -fsS -o /dev/null -w '%{redirect_url}' -H "$cookie" -H 'Sec-Fetch-Site: same-origin' \
  --data-urlencode "csrf=$csrf" --data-urlencode "title=Benchmark" "$base/m/12072/selbstcheck" | sed "s|$base||; s|?.*||")
[ -n "$round_path" ] || { echo "starting a round for the benchmark failed" >&2; exit 1; }
curl -fsS -H "$cookie" "$base$round_path/import/template.csv" >"$data/template.csv"
python3 - "$data/template.csv" "$data/answers.csv" <<'PY'
import csv, io, random, sys
rows = list(csv.DictReader(io.open(sys.argv[1], encoding="utf-8-sig"), delimiter=";"))
rng = random.Random(20)
out = io.StringIO()
w = csv.writer(out, delimiter=";", lineterminator="\r\n")
w.writerow(["respondent", "field", "statement", "value", "comment"])
for n in range(1, 21):
    for r in rows:
        value = rng.choice(["0", "1", "2", "2", "3", "3", "dont_know"])
        comment = "Anmerkung zur Aussage" if rng.random() < 0.05 else ""
        w.writerow([f"Fachbereich {n}", r["field"], r["statement"], value, comment])
io.open(sys.argv[2], "w", encoding="utf-8-sig", newline="").write(out.getvalue())
PY
answers=$(($(wc -l <"$data/answers.csv") - 1))
import_status=$(curl -s -o /dev/null -w '%{http_code}' -H "$cookie" -H 'Sec-Fetch-Site: same-origin' \
  -F "csrf=$csrf" -F "file=@$data/answers.csv;type=text/csv" "$base$round_path/import")
[ "$import_status" = 303 ] || { echo "importing the benchmark answers answered $import_status, not 303" >&2; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' -H "$cookie" "$base$round_path/results")
[ "$status" = 200 ] || { echo "the results page answered $status, not 200" >&2; exit 1; }

