//! Windowing for long lists: which items of a list with known sizes are near a viewport, so a
//! view renders only those (the timeline's rows, the matrix's columns).
//!
//! Takes the size of every item (pixels along the scrolling axis); gives each item's offset, the
//! total size, and the range of items that intersect a viewport widened by an overscan margin.

use std::ops::Range;

/// Items laid end to end along one axis.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    /// `starts[i]` is where item `i` begins; the last entry is the total size.
    starts: Vec<f64>,
}

impl Layout {
    pub fn new(sizes: impl IntoIterator<Item = f64>) -> Layout {
        let mut starts = vec![0.0];
        let mut at = 0.0;
        for s in sizes {
            at += s.max(0.0);
            starts.push(at);
        }
        Layout { starts }
    }

    pub fn len(&self) -> usize {
        self.starts.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Sum of all sizes.
    pub fn total(&self) -> f64 {
        self.starts.last().copied().unwrap_or(0.0)
    }

    /// Where item `i` begins (the total for `i >= len`).
    pub fn start(&self, i: usize) -> f64 {
        self.starts[i.min(self.len())]
    }

    /// Items that intersect `[from - overscan, from + size + overscan)`.
    pub fn visible(&self, from: f64, size: f64, overscan: f64) -> Range<usize> {
        let lo = from - overscan;
        let hi = from + size + overscan;
        // First item whose end is past `lo`; first item that starts at or after `hi`.
        let first = self.starts[1..].partition_point(|&end| end <= lo);
        let last = self.starts[..self.len()].partition_point(|&start| start < hi);
        first.min(self.len())..last.max(first.min(self.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_items_near_the_viewport_are_visible() {
        let l = Layout::new(std::iter::repeat_n(100.0, 1000));
        assert_eq!(l.total(), 100_000.0);
        assert_eq!(l.visible(0.0, 350.0, 0.0), 0..4);
        assert_eq!(l.visible(50_000.0, 350.0, 200.0), 498..506);
        assert_eq!(l.visible(99_900.0, 500.0, 0.0), 999..1000);
        assert_eq!(l.start(500), 50_000.0);
    }

    #[test]
    fn mixed_sizes_and_edges_give_sensible_ranges() {
        let l = Layout::new([40.0, 20.0, 130.0, 130.0, 40.0]);
        assert_eq!(l.start(2), 60.0);
        assert_eq!(l.visible(55.0, 10.0, 0.0), 1..3);
        assert_eq!(l.visible(-500.0, 100.0, 0.0), 0..0);
        assert_eq!(l.visible(10_000.0, 100.0, 0.0), 5..5);
        assert!(Layout::new([]).visible(0.0, 100.0, 50.0).is_empty());
    }
}
