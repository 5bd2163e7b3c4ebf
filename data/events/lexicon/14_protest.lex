#format entente-lexicon 1
# CAMEO 14 PROTEST (PLOVER PROTEST).
140 protest|dissent|agitate against|over
140 protest obj
140 protest notarget
140 dissent/n|unrest/n against
141 demonstrate|rally|march|protest|picket|parade against|outside|in_front_of|near|at|in|to|for|over
141 demonstrate|rally|march|picket notarget
141 stage|hold|organize|organise|lead|call|join|mount|launch|begin|start|continue obj=@demonstration|rally|rallies|march|marches|protest|protests|sit-in|sit-ins|vigil|vigils|picket|pickets
141 protest/n|protests/n|demonstration/n|demonstrations/n|rally/n|rallies/n|march/n against|outside|in_front_of
141 take_to obj=street|streets
141 pour|flood into=street|streets|square
141 picket obj
1411 demonstrate|rally|march|protest for|against=resignation|ouster|removal|downfall|overthrow
1411 protest|rally obj=@demonstration|@election for=resignation|ouster|removal
1412 demonstrate|rally|march|protest against=policy|policies|law|laws|bill|plan|plans|decision|reform|reforms|tax|taxes|price|prices|cuts|austerity|measure|measures
1413 demonstrate|rally|march|protest for=@rights|independence|autonomy|equality|release|justice
1414 demonstrate|rally|march|protest for=democracy|reform|reforms|constitution|election|elections|change
142 begin|start|launch|stage|go_on|continue|end|hold|join|mount|announce|declare|undertake obj=hunger_strike|hunger-strike|strike|fast|hunger
142 fast notarget
142 hunger_strike/n|fast/n over|against|to|for
142 refuse obj=food|meals|water
143 strike|walk_out|stop_work notarget
143 strike|walk_out over|against|for
143 stage|call|launch|hold|begin|start|declare|announce|go_on|join|continue|organize|organise obj=@strike|general_strike|walkout|stoppage|work_stoppage|shutdown|boycott
143 boycott|shun|snub obj
143 boycott/n|strike/n|walkout/n of|against|over
143 go_on obj=strike
143 go_on_strike notarget
144 block|blockade|barricade|obstruct|occupy|jam|seal_off|close|shut_down|cut_off|disrupt|halt obj=@border|street|streets|road|roads|roadway|highway|highways|bridge|bridges|railway|railroad|rail|traffic|entrance|access|square|building|ministry|office|offices|port|airport|route
144 obstruct|block|hinder|impede|disrupt obj
144 set_up|erect|put_up|build obj=barricade|barricades|roadblock|roadblocks
144 blockade/n|sit-in/n|occupation/n of
145 riot|rampage|clash notarget
145 riot|rampage|clash with|against|in|over
145 throw|hurl|pelt|torch|burn|loot|ransack|smash|vandalize|vandalise obj=stone|stones|rocks|bottle|bottles|petrol_bomb|petrol_bombs|molotov_cocktails|car|cars|tire|tires|tyre|tyres|shop|shops|building|buildings|office|offices|flag|flags|effigy
145 throw|hurl obj=stone|stones|rock|rocks at
145 resort_to obj=violence|throwing|stone-throwing|rioting
145 pelt obj with
145 riot/n|riots/n|rioting/n|violence/n|unrest/n in|against|over
145 go_on obj=rampage
