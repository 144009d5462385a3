//! A throwaway PostgreSQL cluster started from the installed server binaries.
//!
//! The cluster lives in a directory under the system temp dir and is stopped and removed by a
//! small watchdog shell process as soon as the [`ThrowawayCluster`] is dropped or the test process
//! exits, whichever comes first (statics are never dropped in Rust, so the watchdog cannot rely on
//! `Drop`: it waits for end-of-file on a pipe whose only writer is this process).

use std::fmt;
use std::fs;
use std::io::Write as _;
use std::net::{Ipv4Addr, TcpListener};
use std::os::unix::fs::MetadataExt as _;
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{ChildStdin, Command, Output, Stdio};
use std::time::{Duration, Instant};

use sqlx::Connection as _;
use uuid::Uuid;

/// How long to wait for a started server to accept connections.
const STARTUP_TIMEOUT: Duration = Duration::from_secs(30);

/// How often to try another port when the one we picked was taken in the meantime.
const PORT_ATTEMPTS: usize = 3;

/// Why a throwaway cluster could not be started.
#[derive(Debug, Clone)]
pub struct ClusterError {
    message: String,
    binaries_missing: bool,
}

impl ClusterError {
    fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            binaries_missing: false,
        }
    }

    fn binaries_missing(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            binaries_missing: true,
        }
    }

    /// True when no PostgreSQL server binaries were found (as opposed to a failed start).
    pub fn is_binaries_missing(&self) -> bool {
        self.binaries_missing
    }
}

impl fmt::Display for ClusterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ClusterError {}

/// A running PostgreSQL cluster that is stopped and deleted when dropped or when the process exits.
#[derive(Debug)]
pub struct ThrowawayCluster {
    url: String,
    dir: PathBuf,
    /// Closing this pipe (on drop or process exit) tells the watchdog to clean up.
    _watchdog_stdin: ChildStdin,
}

impl ThrowawayCluster {
    /// URL of the cluster's `postgres` database as superuser `postgres` (trust auth, 127.0.0.1).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Directory holding the data directory, socket and server log; removed on cleanup.
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

/// Starts a throwaway cluster and waits until it accepts connections.
///
/// Uses `PG_BIN_DIR` if set, otherwise the highest `/usr/lib/postgresql/<major>/bin`, otherwise
/// `initdb` on `PATH`. As root, `initdb` and the server run as the `postgres` system user.
pub async fn start_throwaway_cluster() -> Result<ThrowawayCluster, ClusterError> {
    let cluster = tokio::task::spawn_blocking(start_blocking)
        .await
        .map_err(|e| ClusterError::new(format!("starting PostgreSQL panicked: {e}")))??;
    wait_until_accepting(&cluster).await?;
    Ok(cluster)
}

/// Everything up to `pg_ctl start`; blocking, so it runs on tokio's blocking pool.
fn start_blocking() -> Result<ThrowawayCluster, ClusterError> {
    let bin_dir = find_bin_dir()?;
    let as_postgres_user = current_uid() == Some(0);

    let dir = std::env::temp_dir().join(format!("weltoffen-pg-{}", Uuid::now_v7().simple()));
    fs::create_dir(&dir).map_err(|e| io_error("creating", &dir, &e))?;
    // The watchdog compares paths with the server's working directory, so resolve symlinks.
    let dir = fs::canonicalize(&dir).map_err(|e| io_error("resolving", &dir, &e))?;
    // From here on the watchdog removes the directory whatever happens next.
    let watchdog_stdin = spawn_watchdog(&dir)?;

    if as_postgres_user {
        run_checked(Command::new("chown").arg("postgres:").arg(&dir), "chown")?;
    }
    let runner = Runner {
        bin_dir,
        as_postgres_user,
        dir: dir.clone(),
    };
    let data = dir.join("data");

    // C.UTF-8 gives byte-order collation with Unicode case mapping (lower('Ä') works); not every
    // system has it, plain C always exists.
    let mut initdb = runner.run("initdb", &initdb_args(&data, "C.UTF-8"))?;
    if !initdb.status.success() {
        let _ = fs::remove_dir_all(&data);
        initdb = runner.run("initdb", &initdb_args(&data, "C"))?;
    }
    if !initdb.status.success() {
        return Err(ClusterError::new(format!("initdb failed:\n{}", output_text(&initdb))));
    }
    append_settings(&data.join("postgresql.conf"), &dir)?;

    let log = dir.join("server.log");
    let mut last_error = String::new();
    for _ in 0..PORT_ATTEMPTS {
        let port = free_port()?;
        let start = runner.run(
            "pg_ctl",
            &[
                "-D".as_ref(),
                data.as_os_str(),
                "-l".as_ref(),
                log.as_os_str(),
                "-o".as_ref(),
                format!("-p {port}").as_ref(),
                "-w".as_ref(),
                "-t".as_ref(),
                STARTUP_TIMEOUT.as_secs().to_string().as_ref(),
                "start".as_ref(),
            ],
        )?;
        if start.status.success() {
            return Ok(ThrowawayCluster {
                url: format!("postgres://postgres@127.0.0.1:{port}/postgres"),
                dir,
                _watchdog_stdin: watchdog_stdin,
            });
        }
        let server_log = tail(&log, 40);
        last_error = format!(
            "pg_ctl start failed:\n{}\nserver log ({}):\n{server_log}",
            output_text(&start),
            log.display()
        );
        // Someone else took the port between our probe and the server's bind: try another one.
        if !server_log.contains("could not bind") && !server_log.contains("already in use") {
            break;
        }
    }
    Err(ClusterError::new(last_error))
}

/// Connects until the server answers `SELECT 1` (pg_ctl -w already waited; this double-checks
/// the TCP listener we hand out).
async fn wait_until_accepting(cluster: &ThrowawayCluster) -> Result<(), ClusterError> {
    let deadline = Instant::now() + STARTUP_TIMEOUT;
    loop {
        let error = match sqlx::PgConnection::connect(&cluster.url).await {
            Ok(mut connection) => match sqlx::query("SELECT 1").execute(&mut connection).await {
                Ok(_) => {
                    let _ = connection.close().await;
                    return Ok(());
                }
                Err(e) => e,
            },
            Err(e) => e,
        };
        if Instant::now() > deadline {
            return Err(ClusterError::new(format!(
                "PostgreSQL at {} did not accept connections within {:?}: {error}\nserver log:\n{}",
                cluster.url,
                STARTUP_TIMEOUT,
                tail(&cluster.dir.join("server.log"), 40)
            )));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Runs the PostgreSQL programs, as the `postgres` user when we are root.
struct Runner {
    bin_dir: PathBuf,
    as_postgres_user: bool,
    dir: PathBuf,
}

impl Runner {
    fn run(&self, program: &str, args: &[&std::ffi::OsStr]) -> Result<Output, ClusterError> {
        let path = self.bin_dir.join(program);
        let mut command = if self.as_postgres_user {
            let mut command = Command::new("runuser");
            command.args(["-u", "postgres", "--"]).arg(&path);
            command
        } else {
            Command::new(&path)
        };
        // The postgres user may not be allowed into our working directory (e.g. /root).
        command.args(args).current_dir(&self.dir).stdin(Stdio::null());
        command.output().map_err(|e| {
            ClusterError::new(format!(
                "could not run {} (as postgres user: {}): {e}",
                path.display(),
                self.as_postgres_user
            ))
        })
    }
}

fn initdb_args<'a>(data: &'a Path, locale: &'a str) -> Vec<&'a std::ffi::OsStr> {
    let locale: &std::ffi::OsStr = locale.as_ref();
    vec![
        "-D".as_ref(),
        data.as_os_str(),
        "-A".as_ref(),
        "trust".as_ref(),
        "-U".as_ref(),
        "postgres".as_ref(),
        "-E".as_ref(),
        "UTF8".as_ref(),
        "--locale".as_ref(),
        locale,
        // Nothing here needs to survive a crash.
        "--no-sync".as_ref(),
    ]
}

/// Server settings for speed (nothing needs to survive a crash) and isolation (loopback only).
fn append_settings(conf: &Path, dir: &Path) -> Result<(), ClusterError> {
    let socket_dir = dir.display().to_string().replace('\'', "''");
    let settings = format!(
        "\n# weltoffen-testkit\n\
         listen_addresses = '127.0.0.1'\n\
         unix_socket_directories = '{socket_dir}'\n\
         max_connections = 300\n\
         fsync = off\n\
         synchronous_commit = off\n\
         full_page_writes = off\n"
    );
    fs::OpenOptions::new()
        .append(true)
        .open(conf)
        .and_then(|mut file| file.write_all(settings.as_bytes()))
        .map_err(|e| io_error("writing", conf, &e))
}

/// Starts the process that stops the server and removes `dir` once its stdin reaches end-of-file,
/// i.e. when the returned pipe end is dropped or this process exits (even by SIGKILL).
fn spawn_watchdog(dir: &Path) -> Result<ChildStdin, ClusterError> {
    // The server's working directory is its data directory: checking it guards against
    // signalling an unrelated process that reused the pid of a server that is already gone.
    const SCRIPT: &str = r#"
trap '' INT TERM HUP
while read -r line; do :; done
pidfile="$1/data/postmaster.pid"
if [ -f "$pidfile" ]; then
  pid=$(head -n 1 "$pidfile")
  if [ -n "$pid" ] && [ "$(readlink "/proc/$pid/cwd" 2>/dev/null)" = "$1/data" ]; then
    kill -QUIT "$pid" 2>/dev/null
    i=0
    while kill -0 "$pid" 2>/dev/null && [ "$i" -lt 100 ]; do sleep 0.1; i=$((i+1)); done
    kill -KILL "$pid" 2>/dev/null
  fi
fi
rm -rf "$1"
"#;
    let mut child = Command::new("sh")
        .args(["-c", SCRIPT, "weltoffen-pg-watchdog"])
        .arg(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        // Its own process group, so Ctrl-C on the test run does not kill it before it cleans up.
        .process_group(0)
        .spawn()
        .map_err(|e| ClusterError::new(format!("could not start the cleanup watchdog (sh): {e}")))?;
    child
        .stdin
        .take()
        .ok_or_else(|| ClusterError::new("watchdog has no stdin"))
}

/// `PG_BIN_DIR`, else the highest `/usr/lib/postgresql/<major>/bin`, else the directory of
/// `initdb` on `PATH`.
fn find_bin_dir() -> Result<PathBuf, ClusterError> {
    if let Some(dir) = std::env::var_os("PG_BIN_DIR").filter(|d| !d.is_empty()) {
        let dir = PathBuf::from(dir);
        return if dir.join("initdb").is_file() {
            Ok(dir)
        } else {
            Err(ClusterError::binaries_missing(format!(
                "PG_BIN_DIR={} has no initdb",
                dir.display()
            )))
        };
    }
    let debian = fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let version = parse_version(entry.file_name().to_str()?)?;
            let bin = entry.path().join("bin");
            bin.join("initdb").is_file().then_some((version, bin))
        })
        .max();
    if let Some((_, bin)) = debian {
        return Ok(bin);
    }
    std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .find(|dir| dir.join("initdb").is_file() && dir.join("pg_ctl").is_file())
        .ok_or_else(|| {
            ClusterError::binaries_missing(
                "no PostgreSQL server binaries found (looked at PG_BIN_DIR, \
                 /usr/lib/postgresql/*/bin and PATH; install the `postgresql` package)",
            )
        })
}

/// `"15"` → `[15]`, `"9.6"` → `[9, 6]`; anything else is not a version directory.
fn parse_version(name: &str) -> Option<Vec<u32>> {
    name.split('.').map(|part| part.parse().ok()).collect()
}

/// The effective uid of this process: the owner of `/proc/self`, else `id -u`.
fn current_uid() -> Option<u32> {
    if let Ok(meta) = fs::metadata("/proc/self") {
        return Some(meta.uid());
    }
    let output = Command::new("id").arg("-u").output().ok()?;
    String::from_utf8(output.stdout).ok()?.trim().parse().ok()
}

/// A loopback port nobody listens on right now.
fn free_port() -> Result<u16, ClusterError> {
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|listener| listener.local_addr())
        .map(|addr| addr.port())
        .map_err(|e| ClusterError::new(format!("could not find a free port: {e}")))
}

fn run_checked(command: &mut Command, name: &str) -> Result<(), ClusterError> {
    let output = command
        .output()
        .map_err(|e| ClusterError::new(format!("could not run {name}: {e}")))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(ClusterError::new(format!("{name} failed:\n{}", output_text(&output))))
    }
}

fn output_text(output: &Output) -> String {
    format!(
        "{}\n{}{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// The last `lines` lines of a log file, or a note why there are none.
fn tail(path: &Path, lines: usize) -> String {
    match fs::read_to_string(path) {
        Ok(text) => {
            let all: Vec<&str> = text.lines().collect();
            all[all.len().saturating_sub(lines)..].join("\n")
        }
        Err(e) => format!("(could not read {}: {e})", path.display()),
    }
}

fn io_error(action: &str, path: &Path, error: &std::io::Error) -> ClusterError {
    ClusterError::new(format!("{action} {}: {error}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::parse_version;

    #[test]
    fn version_directories_compare_numerically() {
        assert!(parse_version("15") > parse_version("9.6"));
        assert!(parse_version("17") > parse_version("15"));
        assert_eq!(parse_version("main"), None);
    }
}
