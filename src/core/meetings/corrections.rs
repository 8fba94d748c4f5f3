//! The user's meeting corrections: split a readout off a wrong group, join two meetings, or
//! give a corrected meeting back to the rules.
//!
//! Takes the readouts and their [`Meetings`]; gives the label changes to make in the sources'
//! corrections (`Corrections::meeting`). Every readout of each meeting concerned gets a label,
//! the id of one of its readouts, so the labels of two meetings never collide and the
//! correction holds whatever is imported later (a labelled meeting keeps exactly its readouts).

use super::Meetings;
use crate::core::model::Readout;

/// Readout `readout`'s new meeting label (`None`: back to the rules).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelChange {
    pub readout: usize,
    pub label: Option<String>,
}

/// Every readout of `members` labelled with the id of the first of them.
fn label_all(readouts: &[Readout], members: &[usize], out: &mut Vec<LabelChange>) {
    let Some(label) = members
        .first()
        .and_then(|&r| readouts.get(r))
        .map(|r| r.id.clone())
    else {
        return;
    };
    out.extend(members.iter().map(|&r| LabelChange {
        readout: r,
        label: Some(label.clone()),
    }));
}

/// Takes readout `r` out of its meeting: it becomes a meeting of its own, and the rest stay
/// together. Nothing when it is alone already.
pub fn split_off(readouts: &[Readout], meetings: &Meetings, r: usize) -> Vec<LabelChange> {
    let Some(m) = meetings
        .meeting_of(r)
        .and_then(|m| meetings.meetings.get(m))
    else {
        return Vec::new();
    };
    if m.readouts.len() < 2 {
        return Vec::new();
    }
    let rest: Vec<usize> = m.readouts.iter().copied().filter(|&x| x != r).collect();
    let mut out = Vec::new();
    label_all(readouts, &[r], &mut out);
    label_all(readouts, &rest, &mut out);
    out
}

/// Joins meetings `a` and `b` (indices into `meetings.meetings`) into one.
pub fn join(readouts: &[Readout], meetings: &Meetings, a: usize, b: usize) -> Vec<LabelChange> {
    let (Some(ma), Some(mb)) = (meetings.meetings.get(a), meetings.meetings.get(b)) else {
        return Vec::new();
    };
    if a == b {
        return Vec::new();
    }
    let members: Vec<usize> = ma.readouts.iter().chain(&mb.readouts).copied().collect();
    let mut out = Vec::new();
    label_all(readouts, &members, &mut out);
    out
}

/// Gives meeting `m` back to the rules: its readouts lose their labels.
pub fn undo(meetings: &Meetings, m: usize) -> Vec<LabelChange> {
    meetings.meetings.get(m).map_or_else(Vec::new, |m| {
        m.readouts
            .iter()
            .map(|&r| LabelChange {
                readout: r,
                label: None,
            })
            .collect()
    })
}

/// The labels after `changes`, from `labels` (one per readout, missing read as none).
pub fn apply(labels: &[Option<String>], n: usize, changes: &[LabelChange]) -> Vec<Option<String>> {
    let mut out: Vec<Option<String>> = (0..n).map(|r| labels.get(r).cloned().flatten()).collect();
    for c in changes {
        if let Some(slot) = out.get_mut(c.readout) {
            slot.clone_from(&c.label);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::meetings::group_meetings;
    use crate::core::meetings::testing::account;
    use crate::core::model::Language::{Chinese, English};

    const CARTER: (&str, &str, &str) = ("John Carter", "Secretary of State", "United States");
    const WANG: (&str, &str, &str) = ("Wang Ming", "Foreign Minister", "China");

    fn readouts() -> Vec<Readout> {
        vec![
            account(
                "zh",
                "China",
                Chinese,
                "2021-03-04",
                &[
                    ("王明", "外长", "China"),
                    ("约翰·卡特", "国务卿", "United States"),
                ],
            ),
            account("en", "China", English, "2021-03-04", &[WANG, CARTER]),
            account(
                "us",
                "United States",
                English,
                "2021-03-03",
                &[CARTER, WANG],
            ),
            account("x", "China", English, "2021-06-01", &[WANG, CARTER]),
        ]
    }

    fn grouped(rs: &[Readout], labels: &[Option<String>]) -> Vec<Vec<usize>> {
        let labels: Vec<Option<&str>> = labels.iter().map(Option::as_deref).collect();
        group_meetings(rs, &labels)
            .meetings
            .iter()
            .map(|m| m.readouts.clone())
            .collect()
    }

    #[test]
    fn a_split_a_join_and_an_undo_regroup_the_readouts_and_survive_new_imports() {
        let mut rs = readouts();
        let m = group_meetings(&rs, &[]);
        assert_eq!(grouped(&rs, &[]), [vec![1, 0, 2], vec![3]]);
        let split = split_off(&rs, &m, 2);
        let labels = apply(&[], rs.len(), &split);
        assert_eq!(
            labels,
            [
                Some("en".into()),
                Some("en".into()),
                Some("us".into()),
                None
            ]
        );
        assert_eq!(grouped(&rs, &labels), [vec![2], vec![1, 0], vec![3]]);
        // A later import of the same call in another language stays out of corrected meetings.
        rs.push(account(
            "late",
            "United States",
            Chinese,
            "2021-03-03",
            &[
                ("约翰·卡特", "国务卿", "United States"),
                ("王明", "外长", "China"),
            ],
        ));
        assert_eq!(
            grouped(&rs, &labels),
            [vec![2], vec![4], vec![1, 0], vec![3]]
        );
        let labelled: Vec<Option<&str>> = labels.iter().map(Option::as_deref).collect();
        let m = group_meetings(&rs, &labelled);
        let joined = join(&rs, &m, 2, 3);
        let labels = apply(&labels, rs.len(), &joined);
        assert_eq!(grouped(&rs, &labels), [vec![2], vec![4], vec![1, 3, 0]]);
        let labelled: Vec<Option<&str>> = labels.iter().map(Option::as_deref).collect();
        let m = group_meetings(&rs, &labelled);
        let labels = apply(&labels, rs.len(), &undo(&m, 2));
        assert_eq!(labels, [None, None, Some("us".into()), None, None]);
        assert!(split_off(&rs, &m, 2).is_empty(), "alone already");
        assert!(join(&rs, &m, 1, 1).is_empty());
    }
}
