//! Small multiples: the question's chart once per option of the `by`
//! question, side by side in a horizontal scroll area.

use crate::charts::{ChartData, MultiplesData};
use crate::i18n::{self, Language};

use super::chart_view::{self, Clicked};
use super::crosstab_view::CellValue;

/// Width of one small panel.
const PANEL_WIDTH_PX: f32 = 330.0;

/// Draws every option's panel; clicks on dots open their stories.
pub fn multiples_ui(
    ui: &mut egui::Ui,
    data: &ChartData,
    multiples: &MultiplesData,
    cell_value: CellValue,
    language: Language,
) -> Option<Clicked> {
    let mut clicked = None;
    egui::ScrollArea::horizontal()
        .id_salt("small_multiples")
        .show(ui, |ui| {
            ui.horizontal_top(|ui| {
                for (k, panel) in multiples.panels.iter().enumerate() {
                    ui.push_id(k, |ui| {
                        ui.allocate_ui(egui::vec2(PANEL_WIDTH_PX, ui.available_height()), |ui| {
                            ui.set_width(PANEL_WIDTH_PX);
                            ui.vertical(|ui| {
                                let n = i18n::format_count(language, panel.n);
                                ui.label(
                                    egui::RichText::new(format!("{} (n = {n})", panel.label))
                                        .strong(),
                                );
                                if panel.too_few {
                                    let text = crate::charts::text::too_few(panel.n, language);
                                    ui.add_space(30.0);
                                    ui.label(egui::RichText::new(text).weak());
                                    return;
                                }
                                let here = chart_view::kind_ui(
                                    ui,
                                    data,
                                    &panel.chart,
                                    panel.n,
                                    cell_value,
                                    language,
                                );
                                // Marks count over the whole panel, not this
                                // option's stories: only dots (rows) lead on.
                                if let Some(Clicked::Rows(..)) = here {
                                    clicked = here;
                                }
                            });
                        });
                    });
                    ui.add_space(12.0);
                }
            });
        });
    clicked
}
