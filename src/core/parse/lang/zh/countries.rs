//! The Chinese names of countries (and of the unions that sit at the table like one), read
//! by [`super::HAN`]: the header finds a country at every character of a title, the attribute
//! stage a side ("葡方") by its short form.
//!
//! Pure data, kept apart from the other Chinese tables for length. Longest names are found
//! first by the index `Han` builds, so the order here is the reading order for a person.

use super::tables::{first_character, ZhCountry};
use crate::core::packed::joined;

macro_rules! c {
    ($name:expr, [$($zh:literal),+]) => {
        ZhCountry { name: $name, zh: joined![$($zh),+], short: first_character(joined![$($zh),+]) }
    };
    ($name:expr, [$($zh:literal),+], $short:expr) => {
        ZhCountry { name: $name, zh: joined![$($zh),+], short: $short }
    };
}

// One item per line would make the table unreadably long.
#[rustfmt::skip]
pub(super) const COUNTRIES: &[ZhCountry] = &[
    c!("China", ["中国", "中华人民共和国"]),
    c!("United States", ["美国", "美利坚合众国"]),
    c!("Republic of Korea", ["韩国", "大韩民国"]),
    c!("Democratic People's Republic of Korea", ["朝鲜", "朝鲜民主主义人民共和国"]),
    c!("Japan", ["日本"]), c!("Russia", ["俄罗斯", "俄罗斯联邦"]),
    c!("United Kingdom", ["英国", "大不列颠及北爱尔兰联合王国"]),
    c!("France", ["法国"]), c!("Germany", ["德国"]), c!("Italy", ["意大利"]),
    c!("Spain", ["西班牙"]), c!("Portugal", ["葡萄牙"]), c!("Netherlands", ["荷兰"]),
    c!("Belgium", ["比利时"]), c!("Switzerland", ["瑞士"]), c!("Austria", ["奥地利"]),
    c!("Sweden", ["瑞典"]), c!("Norway", ["挪威"]), c!("Denmark", ["丹麦"]),
    c!("Finland", ["芬兰"]), c!("Iceland", ["冰岛"]), c!("Ireland", ["爱尔兰"]),
    c!("Poland", ["波兰"]), c!("Hungary", ["匈牙利"]), c!("Greece", ["希腊"]),
    c!("Serbia", ["塞尔维亚"]), c!("Ukraine", ["乌克兰"]), c!("Czech Republic", ["捷克"]),
    c!("Slovakia", ["斯洛伐克"]), c!("Romania", ["罗马尼亚"]), c!("Bulgaria", ["保加利亚"]),
    c!("Croatia", ["克罗地亚"]), c!("Slovenia", ["斯洛文尼亚"]), c!("Luxembourg", ["卢森堡"]),
    c!("Belarus", ["白俄罗斯"]), c!("Estonia", ["爱沙尼亚"]), c!("Latvia", ["拉脱维亚"]),
    c!("Lithuania", ["立陶宛"]), c!("Cyprus", ["塞浦路斯"]), c!("Malta", ["马耳他"]),
    c!("Albania", ["阿尔巴尼亚"]), c!("North Macedonia", ["北马其顿"]), c!("Montenegro", ["黑山"]),
    c!("Bosnia and Herzegovina", ["波黑", "波斯尼亚和黑塞哥维那"], "波黑"),
    c!("Vietnam", ["越南"]), c!("Philippines", ["菲律宾"]),
    c!("Indonesia", ["印度尼西亚", "印尼"], "印尼"), c!("Malaysia", ["马来西亚"]),
    c!("Singapore", ["新加坡"]), c!("Thailand", ["泰国"]), c!("Cambodia", ["柬埔寨"]),
    c!("Laos", ["老挝"]), c!("Myanmar", ["缅甸"]), c!("Brunei", ["文莱"]),
    c!("Timor-Leste", ["东帝汶"]), c!("Mongolia", ["蒙古国", "蒙古"]),
    c!("Kazakhstan", ["哈萨克斯坦"]), c!("Uzbekistan", ["乌兹别克斯坦"]),
    c!("Kyrgyzstan", ["吉尔吉斯斯坦"], "吉"), c!("Tajikistan", ["塔吉克斯坦"]),
    c!("Turkmenistan", ["土库曼斯坦"]), c!("Azerbaijan", ["阿塞拜疆"]),
    c!("Armenia", ["亚美尼亚"]), c!("Georgia", ["格鲁吉亚"]),
    c!("India", ["印度"]), c!("Pakistan", ["巴基斯坦"]), c!("Bangladesh", ["孟加拉国"]),
    c!("Sri Lanka", ["斯里兰卡"]), c!("Nepal", ["尼泊尔"]), c!("Maldives", ["马尔代夫"]),
    c!("Afghanistan", ["阿富汗"]), c!("Iran", ["伊朗"]), c!("Iraq", ["伊拉克"]),
    c!("Turkey", ["土耳其"]), c!("Israel", ["以色列"]), c!("Palestine", ["巴勒斯坦"]),
    c!("Saudi Arabia", ["沙特阿拉伯", "沙特"]), c!("United Arab Emirates", ["阿联酋", "阿拉伯联合酋长国"], "阿联酋"),
    c!("Qatar", ["卡塔尔"]), c!("Kuwait", ["科威特"]), c!("Oman", ["阿曼"]),
    c!("Bahrain", ["巴林"]), c!("Yemen", ["也门"]), c!("Syria", ["叙利亚"]),
    c!("Jordan", ["约旦"]), c!("Lebanon", ["黎巴嫩"]), c!("Egypt", ["埃及"]),
    c!("Libya", ["利比亚"]), c!("Tunisia", ["突尼斯"]), c!("Algeria", ["阿尔及利亚"]),
    c!("Morocco", ["摩洛哥"]), c!("Sudan", ["苏丹"]), c!("South Sudan", ["南苏丹"], "南苏丹"),
    c!("Ethiopia", ["埃塞俄比亚"]), c!("Eritrea", ["厄立特里亚"]), c!("Djibouti", ["吉布提"]),
    c!("Somalia", ["索马里"]), c!("Kenya", ["肯尼亚"]), c!("Uganda", ["乌干达"]),
    c!("Tanzania", ["坦桑尼亚"]), c!("Rwanda", ["卢旺达"]), c!("Nigeria", ["尼日利亚"]),
    c!("Niger", ["尼日尔"]), c!("Ghana", ["加纳"]), c!("Senegal", ["塞内加尔"]),
    c!("Mali", ["马里"]), c!("Cameroon", ["喀麦隆"]), c!("Chad", ["乍得"]),
    c!("Côte d'Ivoire", ["科特迪瓦"]), c!("Guinea", ["几内亚"]), c!("Benin", ["贝宁"]),
    c!("Togo", ["多哥"]), c!("Gabon", ["加蓬"]),
    c!("Democratic Republic of the Congo", ["刚果（金）", "刚果民主共和国"], "刚果（金）"),
    c!("Congo", ["刚果（布）", "刚果共和国"], "刚果（布）"),
    c!("Angola", ["安哥拉"]), c!("Zambia", ["赞比亚"]), c!("Zimbabwe", ["津巴布韦"]),
    c!("Mozambique", ["莫桑比克"]), c!("Namibia", ["纳米比亚"]), c!("Botswana", ["博茨瓦纳"]),
    c!("Malawi", ["马拉维"]), c!("Madagascar", ["马达加斯加"]), c!("Mauritius", ["毛里求斯"]),
    c!("Seychelles", ["塞舌尔"]), c!("South Africa", ["南非"], "南"),
    c!("Australia", ["澳大利亚"]), c!("New Zealand", ["新西兰"]), c!("Fiji", ["斐济"]),
    c!("Papua New Guinea", ["巴布亚新几内亚"], "巴新"), c!("Solomon Islands", ["所罗门群岛"]),
    c!("Samoa", ["萨摩亚"]), c!("Tonga", ["汤加"]), c!("Vanuatu", ["瓦努阿图"]),
    c!("Canada", ["加拿大"]), c!("Mexico", ["墨西哥"]), c!("Cuba", ["古巴"]),
    c!("Brazil", ["巴西"]), c!("Argentina", ["阿根廷"]), c!("Chile", ["智利"]),
    c!("Peru", ["秘鲁"]), c!("Colombia", ["哥伦比亚"]), c!("Venezuela", ["委内瑞拉"]),
    c!("Ecuador", ["厄瓜多尔"]), c!("Bolivia", ["玻利维亚"]), c!("Uruguay", ["乌拉圭"]),
    c!("Nicaragua", ["尼加拉瓜"]), c!("Panama", ["巴拿马"]), c!("Costa Rica", ["哥斯达黎加"]),
    c!("Jamaica", ["牙买加"]), c!("Dominican Republic", ["多米尼加"]),
    c!("Andorra", ["安道尔"]), c!("Antigua and Barbuda", ["安提瓜和巴布达"], "安巴"),
    c!("Bahamas", ["巴哈马"]), c!("Barbados", ["巴巴多斯"]), c!("Belize", ["伯利兹"]),
    c!("Bhutan", ["不丹"]), c!("Burkina Faso", ["布基纳法索"]), c!("Burundi", ["布隆迪"]),
    c!("Cabo Verde", ["佛得角"]), c!("Central African Republic", ["中非共和国"], "中非"),
    c!("Comoros", ["科摩罗"]), c!("Dominica", ["多米尼克"]), c!("El Salvador", ["萨尔瓦多"]),
    c!("Equatorial Guinea", ["赤道几内亚"], "赤几"), c!("Eswatini", ["斯威士兰", "埃斯瓦蒂尼"]),
    c!("Gambia", ["冈比亚"]), c!("Grenada", ["格林纳达"]), c!("Guatemala", ["危地马拉"]),
    c!("Guinea-Bissau", ["几内亚比绍"], "几比"), c!("Guyana", ["圭亚那"]), c!("Haiti", ["海地"]),
    c!("Honduras", ["洪都拉斯"]), c!("Kiribati", ["基里巴斯"]), c!("Lesotho", ["莱索托"]),
    c!("Liberia", ["利比里亚"]), c!("Liechtenstein", ["列支敦士登"]),
    c!("Marshall Islands", ["马绍尔群岛"]), c!("Mauritania", ["毛里塔尼亚"]),
    c!("Micronesia", ["密克罗尼西亚联邦", "密克罗尼西亚"], "密"), c!("Moldova", ["摩尔多瓦"]),
    c!("Monaco", ["摩纳哥"]), c!("Nauru", ["瑙鲁"]), c!("Palau", ["帕劳"]),
    c!("Paraguay", ["巴拉圭"]), c!("Saint Kitts and Nevis", ["圣基茨和尼维斯"]),
    c!("Saint Lucia", ["圣卢西亚"]), c!("Saint Vincent and the Grenadines", ["圣文森特和格林纳丁斯"]),
    c!("San Marino", ["圣马力诺"]), c!("Sao Tome and Principe", ["圣多美和普林西比"], "圣普"),
    c!("Sierra Leone", ["塞拉利昂"]), c!("Suriname", ["苏里南"]),
    c!("Trinidad and Tobago", ["特立尼达和多巴哥"], "特多"), c!("Tuvalu", ["图瓦卢"]),
    c!("Vatican", ["梵蒂冈", "教廷"]),
    c!("European Union", ["欧盟", "欧洲联盟"], "欧"), c!("ASEAN", ["东盟"]),
    c!("African Union", ["非盟"], "非盟"), c!("United Nations", ["联合国"], "联合国"),
];
