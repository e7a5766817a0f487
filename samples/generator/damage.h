// Physical damage to a printed code, drawn onto the card before it is photographed.
#pragma once

#include <string>

#include "card.h"
#include "rng.h"

namespace samples {

enum class Damage { TornCorner, Stains, PeeledBand, Scratches, Smudge };

// strength 1 is a typical instance; larger values cover more of the symbol. Returns a short description.
std::string apply_damage(Card& card, Damage kind, double strength, Rng& rng);

}  // namespace samples
