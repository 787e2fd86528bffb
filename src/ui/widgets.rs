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

/// Lays out `add_contents` (a label and its control) as one unit of a
/// wrapping row: when the unit does not fit in what is left of the row, it
/// starts the next row, label and control together. A nested
/// `ui.horizontal` alone never wraps (it is given the rest of the row and
/// runs past the edge), so the unit's width is measured once drawn and
/// remembered under `id_salt`; a frame whose guess was wrong is drawn again
/// before it is shown.
pub fn together<R>(
    ui: &mut egui::Ui,
    id_salt: &str,
    add_contents: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    let id = ui.scope_id().with(("together", id_salt));
    let measured: Option<f32> = ui.data(|d| d.get_temp(id));
    let row_started = ui.cursor().min.x > ui.max_rect().min.x + 1.0;
    if row_started && measured.is_some_and(|width| width > ui.available_size_before_wrap().x) {
        ui.end_row();
    }
    let inner = ui.horizontal(add_contents);
    let width = inner.response.rect.width();
    if measured.is_none_or(|old| (old - width).abs() > 0.5) {
        ui.data_mut(|d| d.insert_temp(id, width));
        ui.ctx().request_discard("a toolbar unit was measured");
    }
    inner.inner
}
