//! The command line: `serve`, `migrate`, `user create`, `token create`, `municipality add`, `backup`.

use std::io::BufRead;
use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use weltoffen_platform::accounts::model::{Email, MunicipalityRole, PlatformRole, check_new_password, parse_name};
use weltoffen_platform::accounts::{service, store};
use weltoffen_platform::audit::{self, AuditEvent, Entry};
use weltoffen_platform::db::{Backend, Db};
use weltoffen_platform::municipalities::model::{Ags, MunicipalityType};
use weltoffen_platform::municipalities::store as municipalities;

use crate::config::{self, FileConfig, ServeOverrides};

const CONFIG_HELP: &str = "\
Configuration is read from flags, then WELTOFFEN_* environment variables, then the TOML file
named by --config (or WELTOFFEN_CONFIG), then defaults. TOML keys: listen, base_url, data_dir,
database_url, smtp_url, mail_from, trust_proxy, session_hours, demo, log_format.
Secrets (session.key, master.key) are generated in the data dir on first start (mode 0600).
Without an SMTP URL, mails are written as .eml files to <data-dir>/mail/.";

/// weltoffen: the platform of the Weltoffene Kommune.
#[derive(Parser, Debug)]
#[command(name = "weltoffen", version, about, after_help = CONFIG_HELP)]
pub struct Cli {
    #[command(flatten)]
    common: Common,
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Debug)]
struct Common {
    /// Folder for the SQLite database, secrets and mail files [default: ./data]
    #[arg(long, global = true, env = "WELTOFFEN_DATA_DIR")]
    data_dir: Option<PathBuf>,
    /// sqlite://PATH or postgres://USER@HOST/DB [default: sqlite://<data-dir>/weltoffen.db]
    #[arg(long, global = true, env = "WELTOFFEN_DATABASE_URL")]
    database_url: Option<String>,
    /// Optional TOML configuration file
    #[arg(long, global = true, env = "WELTOFFEN_CONFIG")]
    config: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Run the web server (runs migrations; seeds the demo on an empty database)
    #[command(after_help = CONFIG_HELP)]
    Serve(ServeArgs),
    /// Apply database migrations and exit
    Migrate,
    /// Manage accounts
    #[command(subcommand)]
    User(UserCommand),
    /// Manage API tokens
    #[command(subcommand)]
    Token(TokenCommand),
    /// Manage municipalities
    #[command(subcommand)]
    Municipality(MunicipalityCommand),
    /// Validate the Selbstcheck content and the translations; errors name file and line
    CheckContent {
        /// Folder holding content/ and locales/ [default: .]
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Write a consistent copy of the SQLite database to FILE (for PostgreSQL use pg_dump)
    Backup {
        /// Target file; must not exist
        file: PathBuf,
    },
}

#[derive(Args, Debug)]
struct ServeArgs {
    /// Address to listen on [default: 127.0.0.1:8080]
    #[arg(long, env = "WELTOFFEN_LISTEN")]
    listen: Option<SocketAddr>,
    /// Public base URL used in mailed links [default: http://<listen>]
    #[arg(long, env = "WELTOFFEN_BASE_URL")]
    base_url: Option<String>,
    /// Do not seed demo accounts on an empty database
    #[arg(long, env = "WELTOFFEN_NO_DEMO")]
    no_demo: bool,
    /// SMTP server, e.g. smtps://user:pass@mail.example.org (lettre URL syntax)
    #[arg(long, env = "WELTOFFEN_SMTP_URL")]
    smtp_url: Option<String>,
    /// Sender of outgoing mail
    #[arg(long, env = "WELTOFFEN_MAIL_FROM")]
    mail_from: Option<String>,
    /// Trust X-Forwarded-For (only behind your own reverse proxy)
    #[arg(long, env = "WELTOFFEN_TRUST_PROXY")]
    trust_proxy: bool,
    /// Hours a login lasts [default: 12]
    #[arg(long, env = "WELTOFFEN_SESSION_HOURS")]
    session_hours: Option<i64>,
    /// Log format: text or json [default: text]
    #[arg(long, env = "WELTOFFEN_LOG_FORMAT")]
    log_format: Option<String>,
}

#[derive(Subcommand, Debug)]
enum UserCommand {
    /// Create an account; the password is read from standard input
    Create {
        /// E-mail address (the login)
        #[arg(long)]
        email: String,
        /// Display name
        #[arg(long)]
        name: String,
        /// Read the password from the first line of standard input
        #[arg(long, required = true)]
        password_stdin: bool,
        /// Make the account a platform admin
        #[arg(long, conflicts_with = "editor")]
        admin: bool,
        /// Make the account an editor of the knowledge platform
        #[arg(long)]
        editor: bool,
        /// AGS of a municipality the account belongs to
        #[arg(long, requires = "role")]
        municipality: Option<String>,
        /// Role in that municipality: coordinator or member
        #[arg(long, requires = "municipality")]
        role: Option<String>,
    },
}

#[derive(Subcommand, Debug)]
enum TokenCommand {
    /// Create an API token; it is printed alone on the last line
    Create {
        /// E-mail address of the account
        #[arg(long)]
        email: String,
        /// Label of the token
        #[arg(long, default_value = "cli")]
        name: String,
    },
}

#[derive(Subcommand, Debug)]
enum MunicipalityCommand {
    /// Add a kreisangehörige Gemeinde (8-digit AGS) or a missing Kreis
    Add {
        /// Amtlicher Gemeindeschlüssel (5 or 8 digits)
        #[arg(long)]
        ags: String,
        /// Official name
        #[arg(long)]
        name: String,
        /// Population
        #[arg(long)]
        population: Option<i64>,
    },
}

async fn open_db(common: &Common, file: &FileConfig) -> Result<(Db, PathBuf), String> {
    let data_dir = config::data_dir(common.data_dir.as_ref(), file);
    std::fs::create_dir_all(&data_dir).map_err(|e| format!("{}: {e}", data_dir.display()))?;
    let url = config::database_url(common.database_url.as_ref(), file, &data_dir);
    let db = Db::connect(&url)
        .await
        .map_err(|e| format!("cannot open the database: {e}"))?;
    db.migrate().await.map_err(|e| format!("migrations failed: {e}"))?;
    Ok((db, data_dir))
}

/// Runs the parsed command.
pub async fn run(cli: Cli) -> Result<(), String> {
    let file = FileConfig::load(cli.common.config.as_deref())?;
    match cli.command {
        Command::Serve(args) => {
            let data_dir = config::data_dir(cli.common.data_dir.as_ref(), &file);
            let url = config::database_url(cli.common.database_url.as_ref(), &file, &data_dir);
            let overrides = ServeOverrides {
                listen: args.listen,
                base_url: args.base_url,
                smtp_url: args.smtp_url,
                mail_from: args.mail_from,
                trust_proxy: args.trust_proxy.then_some(true),
                session_hours: args.session_hours,
            };
            let settings = config::settings(data_dir, url, overrides, &file)?;
            let demo = !args.no_demo && file.demo.unwrap_or(true);
            let json_logs = args.log_format.or(file.log_format).is_some_and(|f| f == "json");
            crate::serve::serve(settings, demo, json_logs).await
        }
        Command::Migrate => {
            let (_db, _) = open_db(&cli.common, &file).await?;
            println!("migrations applied");
            Ok(())
        }
        Command::User(UserCommand::Create {
            email,
            name,
            password_stdin: _,
            admin,
            editor,
            municipality,
            role,
        }) => {
            let email = Email::parse(&email).map_err(|k| format!("invalid e-mail address ({k})"))?;
            let name = parse_name(&name).map_err(|k| format!("invalid name ({k})"))?;
            let mut password = String::new();
            std::io::stdin()
                .lock()
                .read_line(&mut password)
                .map_err(|e| format!("cannot read the password: {e}"))?;
            let password = password.trim_end_matches(['\r', '\n']).to_owned();
            check_new_password(&password, &password).map_err(|(_, k)| format!("password refused ({k})"))?;
            let platform_role = if admin {
                Some(PlatformRole::Admin)
            } else if editor {
                Some(PlatformRole::Editor)
            } else {
                None
            };
            let (db, _) = open_db(&cli.common, &file).await?;
            weltoffen_platform::demo::seed_municipalities(&db)
                .await
                .map_err(|e| e.to_string())?;
            let membership = match (municipality, role) {
                (Some(ags), Some(role)) => {
                    let ags = Ags::parse(&ags).map_err(|e| format!("invalid AGS {ags:?} ({e:?})"))?;
                    let role = MunicipalityRole::parse(&role).ok_or("role must be coordinator or member")?;
                    let m = municipalities::by_ags(&db, ags.as_str())
                        .await
                        .map_err(|e| e.to_string())?
                        .ok_or(format!("no municipality with AGS {ags}"))?;
                    Some((m.id, role))
                }
                _ => None,
            };
            let mut tx = db.begin().await.map_err(|e| e.to_string())?;
            let id = match service::create_account(&mut tx, &email, &name, &password, platform_role, membership).await {
                Ok(id) => id,
                Err(e) if e.is_unique_violation() => {
                    return Err(format!("an account for {} exists already", email.as_str()));
                }
                Err(e) => return Err(e.to_string()),
            };
            let detail = platform_role
                .map(|r| r.as_str())
                .or(membership.map(|m| m.1.as_str()))
                .unwrap_or("");
            let entry = Entry {
                subject: Some(email.as_str()),
                detail: Some(detail),
                ip: Some("cli"),
                ..Default::default()
            };
            audit::record(&mut tx, AuditEvent::UserCreated, &entry)
                .await
                .map_err(|e| e.to_string())?;
            tx.commit().await.map_err(|e| e.to_string())?;
            println!("created account {} ({id})", email.as_str());
            Ok(())
        }
        Command::Token(TokenCommand::Create { email, name }) => {
            let email = Email::parse(&email).map_err(|k| format!("invalid e-mail address ({k})"))?;
            let label = name.trim();
            if label.is_empty() || label.chars().count() > 80 {
                return Err("the token name must have 1 to 80 characters".into());
            }
            let (db, _) = open_db(&cli.common, &file).await?;
            let user = store::user_id_by_email(&db, email.as_str())
                .await
                .map_err(|e| e.to_string())?
                .ok_or(format!("no account for {}", email.as_str()))?;
            let mut tx = db.begin().await.map_err(|e| e.to_string())?;
            let token = store::create_token(&mut tx, user, label)
                .await
                .map_err(|e| e.to_string())?;
            let entry = Entry {
                actor_id: Some(user),
                subject: Some(email.as_str()),
                detail: Some(label),
                ip: Some("cli"),
                ..Default::default()
            };
            audit::record(&mut tx, AuditEvent::TokenCreated, &entry)
                .await
                .map_err(|e| e.to_string())?;
            tx.commit().await.map_err(|e| e.to_string())?;
            eprintln!(
                "API token for {} (shown once; send it as 'Authorization: Bearer <token>'):",
                email.as_str()
            );
            println!("{token}");
            Ok(())
        }
        Command::Municipality(MunicipalityCommand::Add { ags, name, population }) => {
            let ags = Ags::parse(&ags)
                .map_err(|e| format!("invalid AGS {ags:?} ({e:?}): use 5 digits for a Kreis, 8 for a Gemeinde"))?;
            let name = parse_name(&name).map_err(|k| format!("invalid name ({k})"))?;
            let kind = if ags.is_gemeinde() {
                MunicipalityType::KreisangehoerigeGemeinde
            } else {
                MunicipalityType::Landkreis
            };
            let (db, _) = open_db(&cli.common, &file).await?;
            let mut tx = db.begin().await.map_err(|e| e.to_string())?;
            match municipalities::create(&mut tx, &ags, &name, kind, population).await {
                Ok(_) => {}
                Err(e) if e.is_unique_violation() => {
                    return Err(format!("a municipality with AGS {ags} exists already"));
                }
                Err(e) => return Err(e.to_string()),
            }
            let entry = Entry {
                subject: Some(ags.as_str()),
                detail: Some(&name),
                ip: Some("cli"),
                ..Default::default()
            };
            audit::record(&mut tx, AuditEvent::MunicipalityAdded, &entry)
                .await
                .map_err(|e| e.to_string())?;
            tx.commit().await.map_err(|e| e.to_string())?;
            println!("added {name} ({ags}, {})", kind.as_str());
            Ok(())
        }
        Command::CheckContent { root } => {
            let problems = crate::check_content::check(&root);
            for p in &problems {
                eprintln!("{p}");
            }
            if problems.is_empty() {
                println!("content ok");
                Ok(())
            } else {
                Err(format!("{} problem(s) in the content", problems.len()))
            }
        }
        Command::Backup { file: target } => {
            let (db, _) = open_db(&cli.common, &file).await?;
            if db.backend() == Backend::Postgres {
                return Err("this database is PostgreSQL: back it up with pg_dump, e.g. `pg_dump --format=custom --file weltoffen.dump \"$DATABASE_URL\"`".into());
            }
            if target.exists() {
                return Err(format!("{} exists already; choose a new file", target.display()));
            }
            db.backup_sqlite(&target).await.map_err(|e| e.to_string())?;
            println!("backup written to {}", target.display());
            Ok(())
        }
    }
}
