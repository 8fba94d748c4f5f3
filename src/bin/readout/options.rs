//! The command line's options, read the same way by every subcommand: one table, [`OPTIONS`],
//! says which subcommands take an option, what it does and what the help says about it, so an
//! option is one entry (its names, its value, its subcommands, its help line, what it sets).
//!
//! Takes the arguments after the subcommand; gives [`Options`] (the files and every setting),
//! or a message. `--name VALUE` and `--name=VALUE` are the same; `--` ends the options, so a
//! file whose name starts with `--` can still be given; an option another subcommand takes, or
//! none does, is refused with a message.

use readout_lens::core::collection::publisher_named;
use readout_lens::core::ParseOptions;
use std::process::ExitCode;

/// What `--format` asks for (`compare`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Json,
    Markdown,
    Csv,
}

/// Every setting the options can make, and the files; each subcommand reads what it uses.
#[derive(Debug, Default)]
pub struct Options {
    pub parse: ParseOptions,
    /// `--lexicon FILE`: read by [`crate::analyze::lexicon`].
    pub lexicon: Option<String>,
    /// `--speaker NAME`.
    pub speaker: Option<String>,
    pub same_speaker: bool,
    pub format: Format,
    pub files: Vec<String>,
}

/// One option.
pub struct Opt {
    /// Its names: the first is the one the help shows, the others are aliases.
    pub names: &'static [&'static str],
    /// What its value is called in the help (`NAME`), or `None` for a flag.
    pub value: Option<&'static str>,
    /// The subcommands that take it.
    pub commands: &'static [&'static str],
    pub help: &'static str,
    /// Records the value (`""` for a flag), or says why it cannot.
    pub set: fn(&mut Options, &str) -> Result<(), String>,
}

const ALL: &[&str] = &["parse", "analyze", "compare", "meetings", "versions"];

/// Every option of every subcommand.
pub const OPTIONS: &[Opt] = &[
    Opt {
        names: &["--publisher", "--home-country"],
        value: Some("NAME"),
        commands: ALL,
        help: "who issued a readout whose text does not say (default: China)",
        set: |o, v| {
            // "japan" and "USA" are the parser's "Japan" and "United States".
            o.parse.publisher = Some(publisher_named(v).ok_or("--publisher needs a country name")?);
            Ok(())
        },
    },
    Opt {
        names: &["--lexicon"],
        value: Some("FILE"),
        commands: &["analyze", "compare", "versions"],
        help: "topic lexicon (default: the built-in data/topics.txt)",
        set: |o, v| {
            o.lexicon = Some(v.to_string());
            Ok(())
        },
    },
    Opt {
        names: &["--speaker"],
        value: Some("NAME"),
        commands: &["compare"],
        help: "show one participant's positions across the meetings",
        set: |o, v| {
            o.speaker = Some(v.to_string());
            Ok(())
        },
    },
    Opt {
        names: &["--same-speaker"],
        value: None,
        commands: &["compare"],
        help: "the same, for the first person present in every file",
        set: |o, _| {
            o.same_speaker = true;
            Ok(())
        },
    },
    Opt {
        names: &["--format"],
        value: Some("FORMAT"),
        commands: &["compare", "versions"],
        help: "json (default), markdown (a table to paste) or csv",
        set: |o, v| {
            o.format = match v {
                "json" => Format::Json,
                "markdown" | "md" => Format::Markdown,
                "csv" => Format::Csv,
                other => {
                    return Err(format!(
                        "unknown format {other:?} (use markdown, csv or json)"
                    ))
                }
            };
            Ok(())
        },
    },
];

/// Reads the arguments of subcommand `cmd` (as named in [`OPTIONS`]).
pub fn parse_args(cmd: &str, args: &[String]) -> Result<Options, String> {
    let mut options = Options::default();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        if arg == "--" {
            options.files.extend(it.by_ref().cloned());
            break;
        }
        if !arg.starts_with("--") {
            options.files.push(arg.clone());
            continue;
        }
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) => (name, Some(value)),
            None => (arg.as_str(), None),
        };
        let opt = OPTIONS
            .iter()
            .find(|o| o.names.contains(&name))
            .filter(|o| o.commands.contains(&cmd))
            .ok_or_else(|| format!("unknown option {name} (see readout --help)"))?;
        let value = match (opt.value, inline) {
            (None, None) => "",
            (None, Some(_)) => return Err(format!("{name} takes no value")),
            (Some(_), Some(v)) => v,
            (Some(what), None) => it
                .next()
                .map(String::as_str)
                .ok_or_else(|| format!("{name} needs a value ({what})"))?,
        };
        (opt.set)(&mut options, value)?;
    }
    Ok(options)
}

/// [`parse_args`], with its message printed on stderr: `Err` is the exit code (2, a usage
/// error).
pub fn read(cmd: &str, args: &[String]) -> Result<Options, ExitCode> {
    parse_args(cmd, args).map_err(|why| {
        eprintln!("readout {cmd}: {why}");
        ExitCode::from(2)
    })
}

/// The options part of the help: a line per option, with the subcommands that take it when
/// not all do.
pub fn help() -> String {
    let mut out = String::from("options:\n");
    for o in OPTIONS {
        let mut left = o.names[0].to_string();
        if let Some(v) = o.value {
            left = format!("{left} {v}");
        }
        let only = if o.commands == ALL {
            String::new()
        } else {
            format!("{}: ", o.commands.join("/"))
        };
        out.push_str(&format!("  {left:<20}  {only}{}\n", o.help));
        if o.names.len() > 1 {
            out.push_str(&format!(
                "  {:<20}  (also {})\n",
                "",
                o.names[1..].join(", ")
            ));
        }
    }
    out.push_str(&format!("  {:<20}  this help", "-h, --help"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn every_subcommand_reads_an_option_the_same_two_ways() {
        for cmd in ALL {
            for form in [&["--home-country", "Laos"][..], &["--home-country=Laos"]] {
                let mut a = args(form);
                a.push("a.txt".into());
                let o = parse_args(cmd, &a).unwrap();
                assert_eq!(o.parse.publisher.as_deref(), Some("Laos"), "{cmd} {form:?}");
                assert_eq!(o.files, ["a.txt"]);
            }
        }
    }

    #[test]
    fn the_publisher_takes_the_canonical_name_and_home_country_is_its_old_name() {
        for form in [
            &["--publisher", "japan"][..],
            &["--publisher=Japan"],
            &["--home-country", " Japan "],
        ] {
            let o = parse_args("parse", &args(form)).unwrap();
            assert_eq!(o.parse.publisher.as_deref(), Some("Japan"), "{form:?}");
        }
        let o = parse_args("compare", &args(&["--publisher=USA"])).unwrap();
        assert_eq!(o.parse.publisher.as_deref(), Some("United States"));
        let e = parse_args("analyze", &args(&["--publisher="])).unwrap_err();
        assert_eq!(e, "--publisher needs a country name");
        assert_eq!(Options::default().parse.publisher.as_deref(), Some("China"));
    }

    #[test]
    fn an_option_of_another_subcommand_or_of_none_is_refused() {
        let e = parse_args("parse", &args(&["--lexicon", "x", "a.txt"])).unwrap_err();
        assert_eq!(e, "unknown option --lexicon (see readout --help)");
        let e = parse_args("analyze", &args(&["--formt=csv"])).unwrap_err();
        assert_eq!(e, "unknown option --formt (see readout --help)");
    }

    #[test]
    fn values_flags_and_files_are_told_apart() {
        let o = parse_args(
            "compare",
            &args(&["a.txt", "--same-speaker", "--format", "md", "--", "--b.txt"]),
        )
        .unwrap();
        assert!(o.same_speaker);
        assert_eq!(o.format, Format::Markdown);
        assert_eq!(o.files, ["a.txt", "--b.txt"]);
        let e = parse_args("compare", &args(&["a.txt", "--speaker"])).unwrap_err();
        assert_eq!(e, "--speaker needs a value (NAME)");
        let e = parse_args("compare", &args(&["--same-speaker=yes"])).unwrap_err();
        assert_eq!(e, "--same-speaker takes no value");
        let e = parse_args("compare", &args(&["--format=xlsx"])).unwrap_err();
        assert_eq!(e, "unknown format \"xlsx\" (use markdown, csv or json)");
    }

    #[test]
    fn the_help_lists_every_option_once_with_its_subcommands() {
        let h = help();
        for o in OPTIONS {
            assert_eq!(h.matches(&format!("  {}", o.names[0])).count(), 1, "{h}");
        }
        assert!(
            h.contains("  --lexicon FILE        analyze/compare/versions: topic lexicon"),
            "{h}"
        );
        assert!(
            h.contains("  --publisher NAME      who issued a readout whose text does not say"),
            "{h}"
        );
        assert!(h.contains("(also --home-country)"), "{h}");
    }
}
