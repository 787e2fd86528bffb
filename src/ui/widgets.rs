//! Small widgets shared by the panels.

/// A button showing only an icon ("✕", "▶"): the `name` is its tooltip and
/// the name a screen reader says, so it is never announced as a symbol.
pub fn icon_button(ui: &mut egui::Ui, icon: &str, name: &str) -> egui::Response {
    let response = ui.small_button(icon).on_hover_text(name);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
    response
}
