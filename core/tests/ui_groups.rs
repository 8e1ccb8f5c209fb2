//! The screens' words are grouped by where they are shown (`UiGroup`), and the review page lists
//! them by group. These tests read the source files and hold each group to the file it names, so
//! a word cannot sit under one screen in the review page while another screen shows it.
//!
//! A word `X` is "named" by a file when the file holds `Ui::X` (the language tables, which name
//! every word, are left out).

use knee_core::{Ui, UiGroup};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The workspace's root (the core is one folder below it).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the core sits in the workspace")
        .to_path_buf()
}

/// Every `.rs` file under `dir`, by its path from the root, with its text.
fn rust_files(dir: &Path, out: &mut BTreeMap<String, String>) {
    for entry in std::fs::read_dir(dir).expect("readable folder") {
        let path = entry.expect("readable entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let name = path
                .strip_prefix(root())
                .expect("under the root")
                .to_string_lossy()
                .replace('\\', "/");
            out.insert(name, std::fs::read_to_string(&path).expect("utf-8 source"));
        }
    }
}

/// Whether `source` names `Ui::<word>` as a whole word.
fn names(source: &str, word: &str) -> bool {
    let needle = format!("Ui::{word}");
    source.match_indices(&needle).any(|(at, _)| {
        !source[at + needle.len()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

/// The shell's files (`src/`) that name the word.
fn shell_files_naming<'a>(shell: &'a BTreeMap<String, String>, word: &str) -> Vec<&'a str> {
    shell
        .iter()
        .filter(|(_, text)| names(text, word))
        .map(|(path, _)| path.as_str())
        .collect()
}

#[test]
fn each_word_is_shown_where_its_group_says() {
    let mut shell = BTreeMap::new();
    rust_files(&root().join("src"), &mut shell);
    assert!(
        shell.len() > 20,
        "the shell's files were found ({})",
        shell.len()
    );
    let mut wrong = Vec::new();
    for &group in UiGroup::ALL {
        let source = group.source();
        for &word in group.words() {
            let word = word.name();
            let shown_by = shell_files_naming(&shell, word);
            if source == "src" {
                if shown_by.len() < 2 && shown_by != ["src/components/mod.rs"] {
                    wrong.push(format!(
                        "{word} is in {group:?} (several screens) but only {shown_by:?} name it"
                    ));
                }
            } else if let Some(text) = shell.get(source) {
                if shown_by != [source] {
                    wrong.push(format!(
                        "{word} is in {group:?} ({source}), but {shown_by:?} name it{}",
                        if names(text, word) {
                            ""
                        } else {
                            " (not its file)"
                        }
                    ));
                }
            } else {
                let text = std::fs::read_to_string(root().join(source))
                    .unwrap_or_else(|e| panic!("{group:?}'s file {source}: {e}"));
                if !names(&text, word) || !shown_by.is_empty() {
                    wrong.push(format!(
                        "{word} is in {group:?} ({source}): named there {}, and by the shell's {shown_by:?}",
                        names(&text, word)
                    ));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "words in the wrong group:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn every_word_is_in_exactly_one_group_in_the_order_of_ui_all() {
    let grouped: Vec<Ui> = UiGroup::ALL
        .iter()
        .flat_map(|group| group.words().iter().copied())
        .collect();
    assert_eq!(grouped, Ui::ALL);
    for &group in UiGroup::ALL {
        assert!(!group.words().is_empty(), "{group:?} has words");
        for &word in group.words() {
            assert_eq!(word.group(), group);
        }
    }
}

#[test]
fn the_check_finds_a_word_only_as_a_whole_word() {
    assert!(names("t.get(Ui::Where)", "Where"));
    assert!(!names("t.get(Ui::WhereMore)", "Where"));
    assert!(names("t.get(Ui::WhereMore)", "WhereMore"));
    assert!(!names("Where", "Where"));
}
