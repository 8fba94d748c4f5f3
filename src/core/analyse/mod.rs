//! Topics, stances, positions, formulations and comparison (built on parsed readouts).
