//! Small widgets shared by the panels.

/// A button showing only an icon ("✕", "▶"): the `name` is its tooltip and
/// the name a screen reader says, so it is never announced as a symbol.
pub fn icon_button(ui: &mut egui::Ui, icon: &str, name: &str) -> egui::Response {
    let response = ui.small_button(icon).on_hover_text(name);
    name_control(&response, name);
    response
}

/// Gives an icon-only control (a button, a toggle, a menu button) `name`
/// as its tooltip and its accessible name.
pub fn name_control(response: &egui::Response, name: &str) {
    let enabled = response.enabled();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, name));
}
