use yew::prelude::*;

use crate::app::layout::fitted_picture_height;
use crate::services::events::on_window;
use crate::services::page::measure_fit;
use knee_core::anatomy::{View, HEIGHT};
use knee_core::screening::Knee;

/// On a phone, the height that lets a step's whole picture show below what comes before it
/// (`app::layout::fitted_picture_height`), for the box the picture starts (`node`): measured
/// again whenever `key` changes (a new step, a hold, the language) and when the screen turns or
/// resizes. `None`: the picture's own size.
#[hook]
pub fn use_fitted_picture<K: PartialEq + Clone + 'static>(node: NodeRef, key: K) -> Option<u32> {
    let height = use_state_eq(|| None::<u32>);
    let measure = {
        let (node, height) = (node.clone(), height.clone());
        move || {
            let fitted = measure_fit(&node).and_then(|fit| {
                let (_, view_width) = View(Knee::Right).view_box();
                let natural = fit.width * f64::from(HEIGHT) / f64::from(view_width);
                fit.phone
                    .then(|| {
                        fitted_picture_height(fit.viewport_height, fit.top, natural, fit.embedded)
                    })
                    .flatten()
            });
            height.set(fitted);
        }
    };
    {
        let measure = measure.clone();
        use_effect_with(key, move |_| measure());
    }
    use_effect_with((), move |_| {
        let listener = on_window("resize", move |_| measure());
        move || drop(listener)
    });
    *height
}
