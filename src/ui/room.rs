//! [`PanelRoom`]: how the window is shared between the side panels, the
//! finding editor and the chart.

/// How much of the window the side and bottom panels may take, so that
/// the chart keeps a readable size at laptop and projector sizes
/// (1024 × 768, 1280 × 720): the panels give way before the chart shrinks
/// below [`PanelRoom::MIN_CHART`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PanelRoom {
    pub left_px: f32,
    pub stories_px: f32,
    pub finding_px: f32,
}

impl PanelRoom {
    /// The smallest chart area, in points: wide enough for two panels side
    /// by side, tall enough for a triad with its labels.
    pub const MIN_CHART: egui::Vec2 = egui::vec2(560.0, 360.0);
    /// The toolbar rows and the chart's heading above the chart.
    const ABOVE_CHART_PX: f32 = 120.0;

    /// The smallest width of a compared chart (two panels side by side,
    /// each still large enough to read a triad in) before the story list
    /// gives way, down to its own minimum.
    pub const MIN_COMPARED_CHART_X: f32 = 640.0;

    /// The room for a window area of `size` (below the menu bar).
    pub fn of(size: egui::Vec2) -> Self {
        Self::for_chart(size, Self::MIN_CHART.x)
    }

    /// The room when the chart compares two panels: the story list gives
    /// way until the chart is [`Self::MIN_COMPARED_CHART_X`] wide.
    pub fn compared(size: egui::Vec2) -> Self {
        Self::for_chart(size, Self::MIN_COMPARED_CHART_X)
    }

    fn for_chart(size: egui::Vec2, chart_x: f32) -> Self {
        let left_px = (size.x * 0.26).clamp(200.0, 340.0);
        let stories_px = (size.x - left_px - chart_x).max(260.0);
        let finding_px = (size.y - Self::ABOVE_CHART_PX - Self::MIN_CHART.y).max(140.0);
        Self {
            left_px,
            stories_px,
            finding_px,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chart_keeps_its_minimum_at_laptop_sizes() {
        // The window below the menu and status bars, at 1280 × 720,
        // 1366 × 768 and 1024 × 768.
        for size in [
            egui::vec2(1280.0, 650.0),
            egui::vec2(1366.0, 700.0),
            egui::vec2(1024.0, 700.0),
        ] {
            let room = PanelRoom::of(size);
            let chart_w = size.x - room.left_px - room.stories_px.min(420.0);
            assert!(chart_w >= 440.0, "{size:?}: {chart_w}");
            let chart_h = size.y - room.finding_px.min(260.0);
            assert!(chart_h >= PanelRoom::MIN_CHART.y, "{size:?}: {chart_h}");
        }
        // Compared, the story list gives way to the chart at 1280 × 720,
        // down to its minimum at 1024 × 768.
        let wide = PanelRoom::compared(egui::vec2(1280.0, 650.0));
        assert_eq!(1280.0 - wide.left_px - wide.stories_px, 640.0);
        assert_eq!(
            PanelRoom::compared(egui::vec2(1024.0, 700.0)).stories_px,
            260.0
        );
        // A large screen keeps the comfortable defaults.
        let room = PanelRoom::of(egui::vec2(1920.0, 1000.0));
        assert_eq!(room.left_px, 340.0);
        assert!(room.finding_px >= 260.0 && room.stories_px >= 420.0);
    }
}
