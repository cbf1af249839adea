//! Benchmarks of every stage, each against a named baseline measured in the same run.
//!
//! `cargo bench --bench pipeline` prints a Markdown table (median, spread, ratio to the
//! baseline). The typst CLI baselines run only when a `typst` binary is on PATH
//! (`cargo install typst-cli`); they are reported as "n/a" otherwise. See BENCHMARKS.md.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use chrono::DateTime;
use chronobrief::compile::{compile_pdf, CompileOptions};
use chronobrief::extract::dates::find_dates;
use chronobrief::extract::{extract_article, extract_corpus};
use chronobrief::ingest::{parse_article, read_corpus, Limits};
use chronobrief::knowledge::Knowledge;
use chronobrief::render::{BriefContext, BriefOptions, Renderer};
use chronobrief::timeline::{build, DateRange};
use regex::Regex;

/// Timings of one measurement.
struct Sample(Vec<Duration>);

impl Sample {
    fn median(&self) -> Duration {
        let mut v = self.0.clone();
        v.sort();
        v[v.len() / 2]
    }
    /// Interquartile range as a share of the median.
    fn spread(&self) -> f64 {
        let mut v = self.0.clone();
        v.sort();
        let q = |p: f64| v[((v.len() - 1) as f64 * p).round() as usize].as_secs_f64();
        (q(0.75) - q(0.25)) / self.median().as_secs_f64().max(1e-12)
    }
}

fn measure(runs: usize, mut f: impl FnMut()) -> Sample {
    f(); // warm up
    Sample(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed()
            })
            .collect(),
    )
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

fn row(name: &str, ours: &Sample, base_name: &str, base: Option<&Sample>, extra: &str) {
    let ratio = base
        .map(|b| {
            format!(
                "{:.2}×",
                ours.median().as_secs_f64() / b.median().as_secs_f64()
            )
        })
        .unwrap_or("n/a".into());
    let base_cell = base
        .map(|b| format!("{} ({})", ms(b.median()), base_name))
        .unwrap_or(format!("n/a ({base_name})"));
    println!(
        "| {name} | {} | ±{:.0}% | {base_cell} | {ratio} | {extra} |",
        ms(ours.median()),
        ours.spread() * 100.0
    );
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn typst_cli() -> Option<PathBuf> {
    let out = Command::new("typst").arg("--version").output().ok()?;
    out.status.success().then(|| PathBuf::from("typst"))
}

/// The files of a corpus folder, sorted by name, with their bytes.
fn read_files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

fn table_head() {
    println!(
        "| benchmark | median | spread (IQR) | baseline (median) | ratio to baseline | notes |"
    );
    println!("| --- | --- | --- | --- | --- | --- |");
}

/// The text stages on the corpus in `dir` (`files` are its bytes), each against the bare
/// regex date scan over the same bytes or the stage before: date parsing, ingest and
/// extraction on one core and on all, the timeline merge. Returns the one-core extraction.
fn text_rows(dir: &Path, files: &[(String, Vec<u8>)], runs: usize, k: &Knowledge) -> Sample {
    let mb = files.iter().map(|(_, b)| b.len()).sum::<usize>() as f64 / 1e6;
    // The floor every text stage is held to: a bare regex scan for date-like patterns.
    let bare = Regex::new(r"\d{1,2}[/.\-]\d{1,2}").unwrap();
    let texts: Vec<String> = files
        .iter()
        .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
        .collect();
    let scan = measure(runs, || {
        let n: usize = texts.iter().map(|t| bare.find_iter(t).count()).sum();
        std::hint::black_box(n);
    });

    // Date parsing alone, line by line.
    let dates = measure(runs, || {
        let n: usize = texts
            .iter()
            .flat_map(|t| t.lines())
            .map(|l| find_dates(l).len())
            .sum();
        std::hint::black_box(n);
    });
    row(
        "date parsing",
        &dates,
        "bare regex scan",
        Some(&scan),
        &format!("{:.0} MB/s", mb / dates.median().as_secs_f64()),
    );

    // Ingest and extraction from bytes in memory, on one core.
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let extract_one = measure(runs, || {
        one.install(|| {
            for (name, b) in files {
                if let Ok(a) = parse_article(name, name, b, k) {
                    std::hint::black_box(extract_article(&a, k));
                }
            }
        })
    });
    row(
        "ingest + extract, 1 core",
        &extract_one,
        "bare regex scan",
        Some(&scan),
        &format!(
            "{:.1} MB/s per core",
            mb / extract_one.median().as_secs_f64()
        ),
    );

    // The same on every core, reading from disk.
    let corpus = read_corpus(dir, k, Limits::default()).unwrap();
    let extract_all = measure(runs, || {
        let c = read_corpus(dir, k, Limits::default()).unwrap();
        std::hint::black_box(extract_corpus(&c, k));
    });
    row(
        "read + ingest + extract, all cores",
        &extract_all,
        "1 core in memory",
        Some(&extract_one),
        &format!("{:.1} MB/s", mb / extract_all.median().as_secs_f64()),
    );

    // Timeline: year resolution and merging.
    let mentions = extract_corpus(&corpus, k);
    let n_mentions: usize = mentions
        .iter()
        .map(|m| m.conferences.len() + m.directives.len())
        .sum();
    let tl_sample = measure(runs, || {
        std::hint::black_box(build(&mentions, k, RANGE));
    });
    row(
        &format!("timeline merge, {n_mentions} mentions"),
        &tl_sample,
        "1 core extraction",
        Some(&extract_one),
        "",
    );
    extract_one
}

const RANGE: DateRange = DateRange {
    from: match chrono::NaiveDate::from_ymd_opt(2016, 1, 1) {
        Some(d) => d,
        None => panic!(),
    },
    to: match chrono::NaiveDate::from_ymd_opt(2022, 12, 31) {
        Some(d) => d,
        None => panic!(),
    },
};

/// The real archive beside the repository, when it is there: 22,644 full-length articles
/// (the generated corpus is easier text: fewer meetings and dates per byte).
fn archive() -> Option<PathBuf> {
    let dir = root().join("../shared/corpus/vnds/articles");
    dir.is_dir().then_some(dir)
}

/// The largest resident set of the children this process has waited for, in MiB.
fn children_peak_mib() -> f64 {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: getrusage writes a whole `rusage` into the pointer it is given.
    let usage = unsafe {
        libc::getrusage(libc::RUSAGE_CHILDREN, usage.as_mut_ptr());
        usage.assume_init()
    };
    usage.ru_maxrss as f64 / 1024.0
}

/// One build of `input` into `out` as its own process, all outputs, with `extra` flags.
fn build_once(exe: &Path, input: &Path, out: &Path, extra: &[&str]) {
    let s = Command::new(exe)
        .args(["build", "--force", "--quiet", "--input"])
        .arg(input)
        .arg("--out")
        .arg(out)
        .args(extra)
        .status()
        .unwrap();
    assert!(s.success());
}

/// The whole build of `input` as a cold process, all outputs, with `--no-cache` and then
/// with the extraction cache warm, and the peak memory of the cold builds; the cold build
/// against extraction alone on one core.
fn whole_build_rows(
    exe: &Path,
    input: &Path,
    runs: usize,
    label: &str,
    work: &Path,
    extract_one: &Sample,
) {
    let out = work.join(format!("out-{label}"));
    let cold = measure(runs, || build_once(exe, input, &out, &["--no-cache"]));
    let peak = children_peak_mib();
    let warm = measure(runs, || build_once(exe, input, &out, &[]));
    row(
        &format!("whole build, cold, `--no-cache` ({label}, all outputs)"),
        &cold,
        "ingest + extract, 1 core",
        Some(extract_one),
        &format!("peak {peak:.0} MiB"),
    );
    row(
        &format!("whole build, warm cache ({label}, all outputs)"),
        &warm,
        "cold",
        Some(&cold),
        "",
    );
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let runs = if quick { 3 } else { 15 };
    let k = Knowledge::embedded();
    let work = tempfile::tempdir().unwrap();
    let seeds = root().join("seeds");
    let source = chronobrief::synth::Source::read(&seeds).unwrap();
    let n_articles = if quick { 100 } else { 1000 };
    let gen = work.path().join("gen");
    source.write(&gen, n_articles, 1).unwrap();
    let files = read_files(&gen);
    let mb = files.iter().map(|(_, b)| b.len()).sum::<usize>() as f64 / 1e6;
    println!(
        "Corpus: {n_articles} generated articles, {mb:.2} MB; {} threads",
        rayon::current_num_threads()
    );
    println!();
    table_head();
    text_rows(&gen, &files, runs, &k);

    // Render and compile the seeds' brief.
    let seeds_corpus = read_corpus(&seeds, &k, Limits::default()).unwrap();
    let seeds_tl = build(&extract_corpus(&seeds_corpus, &k), &k, RANGE);
    let renderer = Renderer::new(Some(&root().join("report-templates"))).unwrap();
    let opts = BriefOptions {
        pages: chronobrief::config::DEFAULT_PAGES,
        ..BriefOptions::all(chronobrief::render::i18n::Lang::Vi)
    };
    let ctx = BriefContext::new(&seeds_tl, &seeds_corpus, &opts);
    let typ = renderer.render("brief.typ.j2", &ctx).unwrap();
    let render = measure(runs, || {
        let ctx = BriefContext::new(&seeds_tl, &seeds_corpus, &opts);
        std::hint::black_box(renderer.render("brief.md.j2", &ctx).unwrap());
        std::hint::black_box(renderer.render("brief.typ.j2", &ctx).unwrap());
    });
    let copts = CompileOptions::new(DateTime::from_timestamp(946_684_800, 0).unwrap());
    let compile = measure(runs, || {
        std::hint::black_box(compile_pdf(&typ, &copts).unwrap());
    });
    let typ_path = work.path().join("brief.typ");
    std::fs::write(&typ_path, &typ).unwrap();
    let cli = typst_cli().map(|typst| {
        measure(runs, || {
            let s = Command::new(&typst)
                .args(["compile", "--ignore-system-fonts"])
                .arg(&typ_path)
                .arg(work.path().join("cli.pdf"))
                .status()
                .unwrap();
            assert!(s.success());
        })
    });
    row(
        "render (seeds, md + typ)",
        &render,
        "PDF compile in-process",
        Some(&compile),
        "",
    );
    row(
        "PDF compile in-process (seeds)",
        &compile,
        "typst CLI",
        cli.as_ref(),
        "fonts parsed once per process",
    );

    // The whole build as a cold process on the seeds, all outputs: with the extraction cache
    // (as every build after the first) and without it (the first build, or `--no-cache`).
    let exe = root().join("target/release/chronobrief");
    if exe.is_file() {
        let out = work.path().join("out");
        for (name, extra) in [
            (
                "whole build, cold process, cache (seeds, all outputs)",
                &[][..],
            ),
            (
                "whole build, cold process, `--no-cache` (seeds, all outputs)",
                &["--no-cache"][..],
            ),
        ] {
            let whole = measure(runs, || build_once(&exe, &seeds, &out, extra));
            row(name, &whole, "typst CLI on brief.typ", cli.as_ref(), "");
        }
    } else {
        println!("| whole build | n/a | | | | build target/release/chronobrief first |");
    }

    // The same text stages and the whole build on the real archive, when it is there.
    if let Some(dir) = archive().filter(|_| !quick) {
        let files = read_files(&dir);
        let mb = files.iter().map(|(_, b)| b.len()).sum::<usize>() as f64 / 1e6;
        println!();
        println!("Real archive: {} articles, {mb:.2} MB", files.len());
        println!();
        table_head();
        let extract_one = text_rows(&dir, &files, 3, &k);
        if exe.is_file() {
            whole_build_rows(&exe, &dir, 3, "archive", work.path(), &extract_one);
        }
    }
}
