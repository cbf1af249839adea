//! A deterministic corpus generator for benchmarks: realistic Vietnamese articles made by
//! recombining the lines of real ones (the seeds) and varying their dates, ordinals, years and
//! family names, so the extractor does the work it does on real news.

use std::path::Path;
use std::sync::LazyLock;

use regex::{Captures, Regex};

/// SplitMix64: a tiny generator whose sequence never changes between versions, so a corpus
/// made with the same seed is the same corpus on every machine and every release.
#[derive(Debug, Clone)]
pub struct SplitMix(u64);

impl SplitMix {
    pub fn new(seed: u64) -> Self {
        SplitMix(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next_u64() % (hi - lo + 1)
    }
}

const SURNAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương",
];

static FULL_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\d{1,2}([/.\-])\d{1,2}([/.\-])\d{4}\b").unwrap());
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(ngày|sáng|chiều|tối|trưa) (\d{1,2})([/\-])(\d{1,2})\b").unwrap()
});
static ORDINAL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"lần thứ (\d{1,3})\b").unwrap());
static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"năm (\d{4})\b").unwrap());
static SURNAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(Nguyễn|Trần|Lê|Phạm|Hoàng|Phan|Vũ|Đặng|Bùi|Đỗ|Ngô|Dương) (\p{Lu})").unwrap()
});

/// The source articles' lines.
pub struct Source {
    articles: Vec<Vec<String>>,
}

impl Source {
    /// Reads the `.txt` and `.md` files of `dir`.
    pub fn read(dir: &Path) -> std::io::Result<Self> {
        let mut paths: Vec<_> = std::fs::read_dir(dir)?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
            .collect();
        paths.sort();
        let mut articles = Vec::new();
        for p in paths {
            let text = std::fs::read_to_string(&p)?;
            articles.push(text.lines().map(str::to_string).collect());
        }
        if articles.is_empty() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::NotFound,
                format!("no articles in {}", dir.display()),
            ));
        }
        Ok(Source { articles })
    }

    /// Article number `i` of the corpus made with `seed`.
    pub fn article(&self, seed: u64, i: u64) -> String {
        let mut rng = SplitMix::new(seed ^ i.wrapping_mul(0x2545_F491_4F6C_DD1D));
        let base = &self.articles[rng.range(0, self.articles.len() as u64 - 1) as usize];
        let year = rng.range(2010, 2024);
        let shift = rng.range(0, 40) as i64 - 20;
        let mut out = String::new();
        if rng.range(0, 1) == 0 {
            out.push_str(&format!(
                "---\ntitle: \"Bài số {i}\"\npublished: {year}-{:02}-{:02}\n---\n",
                rng.range(1, 12),
                rng.range(1, 28)
            ));
        }
        let mut lines: Vec<String> = base.clone();
        // Recombine: a few lines from another article, at a random place.
        let other = &self.articles[rng.range(0, self.articles.len() as u64 - 1) as usize];
        for _ in 0..rng.range(0, 4) {
            let line = other[rng.range(0, other.len() as u64 - 1) as usize].clone();
            let at = rng.range(0, lines.len() as u64) as usize;
            lines.insert(at, line);
        }
        for line in lines {
            out.push_str(&vary(&line, &mut rng, year, shift));
            out.push('\n');
        }
        out
    }

    /// Writes `n` articles to `dir` as `000000.txt`, `000001.txt`, …
    pub fn write(&self, dir: &Path, n: u64, seed: u64) -> std::io::Result<()> {
        std::fs::create_dir_all(dir)?;
        for i in 0..n {
            std::fs::write(dir.join(format!("{i:06}.txt")), self.article(seed, i))?;
        }
        Ok(())
    }
}

fn vary(line: &str, rng: &mut SplitMix, year: u64, shift: i64) -> String {
    let line = FULL_DATE.replace_all(line, |c: &Captures| {
        let (s1, s2) = (&c[1], &c[2]);
        format!("{}{s1}{}{s2}{year}", rng.range(1, 28), rng.range(1, 12))
    });
    let line = DAY_MONTH.replace_all(&line, |c: &Captures| {
        format!(
            "{} {}{}{}",
            &c[1],
            rng.range(1, 28),
            &c[3],
            rng.range(1, 12)
        )
    });
    let line = ORDINAL.replace_all(&line, |c: &Captures| {
        let n: i64 = c[1].parse().unwrap_or(1);
        format!("lần thứ {}", (n + shift).max(1))
    });
    let line = YEAR.replace_all(&line, |c: &Captures| {
        let y: i64 = c[1].parse().unwrap_or(2020);
        format!("năm {}", y + shift / 4)
    });
    let line = SURNAME.replace_all(&line, |c: &Captures| {
        format!(
            "{} {}",
            SURNAMES[rng.range(0, SURNAMES.len() as u64 - 1) as usize],
            &c[2]
        )
    });
    line.into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_makes_the_same_corpus_and_articles_differ() {
        let src = Source::read(&std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds"))
            .unwrap();
        assert_eq!(src.article(7, 3), src.article(7, 3));
        assert_ne!(src.article(7, 3), src.article(7, 4));
        assert_ne!(src.article(7, 3), src.article(8, 3));
        let a = src.article(1, 0);
        assert!(a.contains("Hội nghị") || a.contains("hội nghị"), "{a}");
    }

    #[test]
    fn splitmix_is_stable() {
        let mut r = SplitMix::new(0);
        assert_eq!(r.next_u64(), 0xE220_A839_7B1D_CDAF);
    }
}
