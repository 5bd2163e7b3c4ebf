#format entente-lexicon 1
# CAMEO 19 FIGHT: conventional military force (PLOVER ASSAULT; 191-192 COERCE).
190 attack|strike|hit|raid|storm|assault|invade|overrun|pound|batter|engage|fight|battle|clash|combat|ambush|strafe|hit_at|target|retake|recapture|capture|seize|take|liberate|besiege|encircle|surround|encroach obj
190 fight|battle|clash|skirmish|exchange_fire|trade_fire|war with|against
190 fight|battle|clash|skirmish notarget
190 attack/n|assault/n|offensive/n|raid/n|incursion/n|invasion/n|operation/n|counteroffensive/n|counter-offensive/n|onslaught/n|strike/n|strikes/n on|against|into|in
190 launch|mount|begin|start|carry_out|conduct|stage|unleash|step_up|intensify|escalate|resume|continue|press obj=@attack|offensive|counteroffensive|counter-offensive|operation|campaign|war|incursion|raid|raids|assault|attacks|invasion on|against|into|in
190 launch|mount|carry_out|conduct|stage|unleash|intensify|escalate|resume obj=@attack|offensive|operation|war|campaign|invasion|incursion
190 invade|occupy|annex|overrun|enter|cross_into|push_into|advance_on|move_into|march_on|march_into|advance_into obj
190 wage|declare|fight|launch|start obj=war|battle|jihad|campaign|insurgency against|on
190 war/n|fighting/n|clash/n|clashes/n|battle/n|hostilities/n|combat/n|conflict/n with|between|against
190 kill|wound|injure|shoot|gun_down|shoot_dead|cut_down|mow_down obj
190 kill|wound|injure obj in=attack|raid|clash|clashes|fighting|battle|ambush|operation|offensive|strike|crossfire
190 open_fire on|at
190 fire on|at|upon|into
190 fire obj=@weapons|shot|shots|round|rounds|shell|shells|mortar|mortars|salvo at|on|into
191 blockade|besiege|encircle|cordon_off|seal_off|isolate|quarantine obj
191 impose|enforce|tighten|reimpose|maintain|declare obj=blockade|siege|blockades|no-fly_zone|cordon|closure|lockdown|naval_blockade on|of|around
191 impose|tighten|reimpose|maintain obj=blockade|blockades|siege|closure
191 close|seal|shut|block obj=@border|borders|crossing|crossings|airspace|port|ports|strait|waters
191 blockade/n|siege/n of|on
191 restrict|limit obj=movement|movements|travel|access
192 occupy|annex|seize|capture|take_over|take|conquer|control|hold|overrun obj=territory|land|island|islands|village|villages|town|towns|city|cities|region|area|province|capital|base|airport|port|border|hill|hills|heights|district|enclave|peninsula|stronghold|position|positions
192 occupation/n|annexation/n|seizure/n|capture/n of
192 occupy|annex obj
192 gain|seize|take|wrest obj=control of
193 shoot|shoot_at|fire_at|gun|machine-gun|snipe|open_fire obj
193 shoot|fire|open_fire on|at=@troops|@person|soldiers|police|patrol|convoy|protesters|demonstrators|crowd|civilians|villagers
193 exchange|trade obj=fire|gunfire|shots with
193 gunfight/n|firefight/n|gun_battle/n|shootout/n|skirmish/n with|between
193 fight obj with=rifle|rifles|guns|gun|small_arms
193 kill|wound|injure obj with=gun|guns|rifle|rifles|gunfire|bullets
193 kill|wound|shoot subj=gunman|gunmen|sniper|snipers|militant|militants|rebel|rebels|insurgent|insurgents obj
194 shell|bombard|pound|blitz|mortar|rocket|pummel obj
194 shell|fire|lob|launch|rain obj=shell|shells|mortar|mortars|rocket|rockets|artillery|missile|missiles|grad on|at|into
194 shelling/n|bombardment/n|artillery_fire/n|rocket_attack/n|rocket_fire/n|mortar_attack/n|mortar_fire/n of|on
194 fire|shell|pound|hit|attack|destroy|kill subj=tank|tanks|artillery|howitzer|howitzers|gunboat|gunboats|warship|warships|battery|batteries obj
194 fire|shell subj=tank|tanks|artillery|howitzer|warship|warships notarget
194 fire|shell|pound|shoot subj=@troops|soldiers|army|forces|military|tank|tanks|artillery at|on|into
195 bomb|airstrike|strafe|blitz|air-raid|air-strike obj
195 launch|carry_out|conduct|stage|mount|intensify obj=airstrike|airstrikes|air_strike|air_strikes|air_raid|air_raids|air-raid|bombing|bombing_raid|bombing_raids|bombing_campaign|air_attack|air_attacks|air_campaign|sorties on|against|in
195 airstrike/n|airstrikes/n|air_strike/n|air_raid/n|air-raid/n|air_attack/n|bombing/n|air_campaign/n on|against|in
195 fire|launch obj=missile|missiles|cruise_missiles|rocket|rockets|air-to-ground at|on|into
195 attack|strike|hit|bomb|shell|kill|destroy|pound|raid|fire subj=aircraft|warplane|warplanes|jet|jets|plane|planes|helicopter|helicopters|gunship|gunships|bomber|bombers|fighter_jets|air_force|airforce obj
195 shell|fire|strafe subj=helicopter|helicopters|gunship|gunships|aircraft|warplanes|jets
195 drop obj=bomb|bombs|barrel_bomb|barrel_bombs|explosives on|over
1951 kill|destroy|hit|strike obj with=precision-guided|precision_guided|guided_missiles|missiles|missile|smart_bombs|laser-guided
1951 use obj=precision-guided_missiles|guided_missiles|precision_guided_munitions|smart_bombs|missiles inf=kill|hit|strike|destroy|attack
1952 drone_strike/n|drone_strikes/n|drone_attack/n|drone_attacks/n on|against|in
1952 attack|strike|hit|kill|destroy|target subj=drone|drones|uav|uavs obj
1952 launch|carry_out|conduct obj=drone_strike|drone_strikes|drone_attack|drone_attacks on|against
196 violate|break|breach|flout|undermine|shatter|wreck obj=@ceasefire|ceasefire|truce|armistice|ceasefire_agreement
196 violation/n|violations/n|breach/n|breaches/n of=@ceasefire|truce
196 accuse obj of=violating_ceasefire
