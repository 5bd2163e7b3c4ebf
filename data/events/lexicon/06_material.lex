#format entente-lexicon 1
# CAMEO 06 ENGAGE IN MATERIAL COOPERATION (PLOVER COOPERATE).
060 cooperate|collaborate|coordinate|work_together|join_forces with
060 work with|alongside
060 launch|begin|start|expand|increase|boost|deepen|resume|intensify|step_up obj=@cooperation|project|projects|program|programme|venture|joint_venture
060 joint_venture/n|partnership/n|project/n with
060 share obj=expertise|technology|know-how|experience|resources with
060 exchange obj=expertise|technology|experts|students|delegations with
061 trade|do_business with
061 invest|investing in
061 boost|expand|increase|resume|open|liberalize|liberalise|promote|deepen obj=@trade|trade_ties|economic_ties|market|markets|investment|imports|exports|flights|shipping
061 sell|export|ship obj to
061 buy|import|purchase obj from
061 lower|cut|reduce|remove|scrap|eliminate obj=tariff|tariffs|duty|duties|barrier|barriers|quota|quotas
061 open obj=market|markets|economy|border|borders to
061 trade/n|investment/n with|in
061 free-trade|free_trade with
062 hold|conduct|stage|launch|begin|carry_out|take_part_in|participate_in|join obj=@exercises|joint_exercises|joint_exercise|joint_military_exercises|joint_patrols|patrols
062 exercise/n|exercises/n|drill/n|drills/n|maneuvers/n|manoeuvres/n with
062 train obj=@troops|soldiers|forces|pilots|officers|police|army
062 train obj
062 station|base|host|deploy obj=@troops in
062 exercise|train|drill with
062 deploy obj=@troops to
063 extradite|hand_over|surrender|transfer obj to
063 extradite obj
063 extradition/n of|to
063 cooperate|work with on=investigation|case|probe|inquiry|crime|terrorism|trafficking
063 arrest|detain|apprehend obj at=request
064 share|exchange|pass|provide|hand_over|give|supply obj=@intel with|to
064 share|exchange obj=@intel
064 brief obj on
064 share obj=expertise|experience|findings
064 intelligence-sharing/n|information-sharing/n with
060 meet|fulfil|fulfill|honor|honour|keep|achieve|reach|hit obj=@target|spending_target
