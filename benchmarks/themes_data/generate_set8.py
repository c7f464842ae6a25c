# ruff: noqa: E501  (the authored report sentences are data: one per line)
"""Generate the theme benchmark's eighth set: invented districts and communes of another invented
province (tỉnh Kim Đà) reporting on another programme (sustainable poverty reduction, "giảm nghèo
bền vững", year 2025: poor and near-poor households, policy credit from the Social Policy Bank,
houses for poor households, livelihood support, vocational training, free health insurance for the
poor, education support, clean water, the yearly review of poor households).

Written by a helper before any tuning of :mod:`nq35cls.themes` on it, blind to the method (no
clustering was run on it while it was written, and the method's code was not read), and held out:
never used to choose methods or parameters, only to say how what was chosen on the other sets does
on words nobody looked at. Every sentence below was written for this set; the same structure and
machinery as ``generate_set6.py`` (planted points with several phrasings of different structure and
wording, distractors that share words with a planted point but not its point, singletons), none of
the other sets' sentences, districts or communes.

    python benchmarks/themes_data/generate_set8.py       # rewrites reports_set8/*.txt and *.jsonl (seed 113)
"""

from __future__ import annotations

from pathlib import Path

from generate import Programme, write_reports

HERE = Path(__file__).resolve().parent
OUT = HERE / "reports_set8"
N_REPORTS = 42
SEED = 113

RESULTS: dict[str, list[str]] = {
    "R_giamngheo": [
        "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn {x}%, hoàn thành chỉ tiêu Nghị quyết Hội đồng nhân dân giao.",
        "Có {n} hộ vươn lên thoát nghèo, nâng tổng số hộ thoát nghèo cả giai đoạn 2021 - 2025 lên {m} hộ.",
        "Công tác giảm nghèo đạt kết quả tích cực: số hộ nghèo giảm {n} hộ so với đầu năm, tỷ lệ hộ nghèo cuối năm chỉ còn {x}%.",
        "Đời sống của người dân từng bước được nâng lên; năm 2025 {unit} giảm được {n} hộ nghèo, vượt kế hoạch đề ra.",
    ],
    "R_vonvay": [
        "Ngân hàng Chính sách xã hội đã cho {m} lượt hộ nghèo, hộ cận nghèo và hộ mới thoát nghèo vay với doanh số {x} tỷ đồng.",
        "Tổng dư nợ các chương trình tín dụng chính sách trên địa bàn đạt {x} tỷ đồng, giúp nhiều gia đình khó khăn có vốn làm ăn.",
        "Nguồn vốn vay ưu đãi tiếp tục được chuyển tải kịp thời đến người nghèo; đã có {m} hộ được vay, không để hộ đủ điều kiện mà thiếu vốn.",
        "Bình quân mỗi hộ nghèo vay được {n} triệu đồng từ các chương trình tín dụng chính sách để phát triển kinh tế gia đình.",
    ],
    "R_bhyt": [
        "Toàn {unit} đã cấp {m} thẻ bảo hiểm y tế không thu tiền cho người nghèo, người cận nghèo và đồng bào dân tộc thiểu số sống ở thôn đặc biệt khó khăn.",
        "100% người nghèo được ngân sách nhà nước mua bảo hiểm y tế, bảo đảm quyền lợi khi đi khám, chữa bệnh.",
        "Chính sách hỗ trợ bảo hiểm y tế được thực hiện đầy đủ: người thuộc hộ nghèo được cấp thẻ không mất tiền, người thuộc hộ cận nghèo được hỗ trợ {p}% mức đóng.",
        "Với {m} thẻ được phát tận tay, người nghèo trên địa bàn yên tâm đi khám bệnh mà không phải lo khoản tiền đóng bảo hiểm.",
    ],
    "R_nhao": [
        "Hỗ trợ xây mới và sửa chữa {n} căn nhà cho hộ nghèo, hộ cận nghèo có khó khăn về nhà ở.",
        "Chương trình xóa nhà tạm, nhà dột nát về đích trước thời hạn, {n} hộ nghèo đã có nhà kiên cố để ở.",
        "Từ ngân sách kết hợp vận động xã hội hóa, {n} gia đình nghèo được làm nhà mới với mức hỗ trợ từ 40 đến 60 triệu đồng mỗi căn.",
        "Nhiều hộ nghèo trước đây phải sống trong nhà tạm bợ nay đã có chỗ ở chắc chắn; tổng kinh phí hỗ trợ nhà ở là {x} tỷ đồng.",
    ],
    "R_sinhke": [
        "Triển khai {k} dự án hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế với {tr} hộ nghèo, cận nghèo tham gia.",
        "Các hộ nghèo được cấp bò sinh sản, dê giống, lợn nái và giống cây trồng, kèm theo hướng dẫn kỹ thuật chăn nuôi, canh tác.",
        "Mô hình nuôi gà thả vườn, trồng cây ăn quả dành cho hộ nghèo cho thu nhập khá, mỗi hộ tham gia có thêm 15 - 20 triệu đồng một năm.",
        "Hỗ trợ {tr} hộ phát triển sản xuất nông nghiệp theo nhóm hộ, cộng đồng với tổng vốn {x} tỷ đồng, giúp người nghèo có sinh kế ổn định.",
    ],
    "R_daotaonghe": [
        "Mở {k} lớp đào tạo nghề ngắn hạn cho {tr} lao động nông thôn, trong đó có nhiều người thuộc hộ nghèo, cận nghèo.",
        "Lao động thuộc hộ nghèo được học nghề miễn phí như may công nghiệp, sửa chữa máy nông nghiệp, thú y; {p}% học viên có việc làm sau khóa học.",
        "Công tác dạy nghề gắn với giải quyết việc làm có chuyển biến, số người được đào tạo nghề đạt {tr} người.",
    ],
    "R_giaoduc": [
        "Miễn, giảm học phí và hỗ trợ chi phí học tập cho {tr} học sinh thuộc hộ nghèo, cận nghèo.",
        "Học sinh là con hộ nghèo được hưởng đầy đủ chế độ: miễn học phí, hỗ trợ tiền ăn, gạo và đồ dùng học tập, không em nào phải nghỉ học vì hoàn cảnh.",
        "Các khoản hỗ trợ giáo dục cho con em gia đình nghèo được chi trả đúng, đủ với tổng kinh phí {tr} triệu đồng.",
    ],
    "R_nuocsach": [
        "{p}% hộ gia đình trên địa bàn đã dùng nước sinh hoạt hợp vệ sinh, tăng so với năm 2024.",
        "Đầu tư {k} công trình cấp nước sinh hoạt tập trung, đưa nước sạch về các thôn thường thiếu nước vào mùa khô.",
        "Hộ nghèo ở vùng cao được hỗ trợ bồn chứa, ống dẫn nước tự chảy; đến nay {p}% hộ nghèo có nước sạch dùng hằng ngày.",
    ],
    "R_rasoat": [
        "Việc rà soát hộ nghèo, hộ cận nghèo năm 2025 được thực hiện đúng quy trình, công khai, dân chủ, có sự tham gia của người dân.",
        "Tổ chức điều tra, rà soát hộ nghèo theo chuẩn nghèo đa chiều tại {n} thôn; kết quả được niêm yết công khai, không có đơn thư khiếu nại.",
        "Ban Chỉ đạo giảm nghèo tập huấn cho điều tra viên và tổ chức họp dân bình xét từng hộ, nên danh sách hộ nghèo, cận nghèo phản ánh đúng thực tế.",
    ],
    "R_xkld": [
        "Đưa {k} lao động đi làm việc ở nước ngoài theo hợp đồng, chủ yếu sang Nhật Bản, Hàn Quốc và Đài Loan (Trung Quốc).",
        "{k} người thuộc hộ nghèo, cận nghèo đã xuất cảnh sang làm việc ở nước ngoài, nhiều gia đình có nguồn thu ổn định từ tiền con em gửi về.",
        "Số người đi làm việc có thời hạn ở nước ngoài tăng so với năm trước, đạt {p}% kế hoạch.",
    ],
    "R_quyvnn": [
        "Ủy ban Mặt trận Tổ quốc vận động Quỹ “Vì người nghèo” được {tr} triệu đồng.",
        "Quỹ Vì người nghèo các cấp tiếp nhận ủng hộ của cán bộ, doanh nghiệp và nhà hảo tâm với tổng số {tr} triệu đồng để thăm hỏi, giúp đỡ người nghèo.",
        "Hưởng ứng tháng cao điểm vì người nghèo, cán bộ, công chức đóng góp một ngày lương, cùng các tổ chức, cá nhân ủng hộ hơn {tr} triệu đồng.",
    ],
    "R_giaingan": [
        "Vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2025 đã giải ngân đạt {p}% kế hoạch.",
        "Nguồn vốn đầu tư và vốn sự nghiệp của chương trình giảm nghèo được phân bổ, thanh toán kịp thời; đến ngày 30/11 đã giải ngân {x} tỷ đồng.",
        "Các dự án thuộc chương trình giảm nghèo thực hiện đúng tiến độ, tỷ lệ giải ngân cao hơn mức bình quân chung của tỉnh.",
    ],
    "R_quatet": [
        "Dịp Tết Nguyên đán, tổ chức thăm hỏi, tặng {m} suất quà cho hộ nghèo, hộ có hoàn cảnh khó khăn.",
        "Không để hộ nào không có Tết: các hộ nghèo đều được tặng quà, gạo và nhu yếu phẩm trước Tết.",
        "Trao {m} phần quà Tết trị giá từ 500 nghìn đến 1 triệu đồng cho các gia đình nghèo, người già neo đơn.",
    ],
    "R_dinhduong": [
        "Hỗ trợ dinh dưỡng cho {n} trẻ em dưới 16 tuổi thuộc hộ nghèo bị suy dinh dưỡng, tỷ lệ trẻ thấp còi giảm rõ.",
        "Trẻ nhỏ con hộ nghèo được cấp sữa, bổ sung vi chất và cân đo định kỳ, góp phần giảm suy dinh dưỡng ở vùng khó khăn.",
    ],
}
RESULTS_DISTRACT: dict[str, list[str]] = {
    "RD_toTK": [
        "Mạng lưới {k} tổ tiết kiệm và vay vốn được kiện toàn, {p}% số tổ xếp loại tốt, hoạt động nền nếp.",
        "Ban quản lý các tổ tiết kiệm và vay vốn ở thôn được củng cố, việc bình xét cho vay công khai, sổ sách rõ ràng.",
        "Hội Nông dân, Hội Phụ nữ nhận ủy thác đã chấn chỉnh hoạt động của các tổ tiết kiệm và vay vốn, thay {k} tổ trưởng làm việc kém.",
    ],
    "RD_bhyths": [
        "Không còn học sinh nào chưa tham gia bảo hiểm y tế, kể cả ở các điểm trường vùng cao.",
        "Ngành giáo dục phối hợp với cơ quan bảo hiểm xã hội vận động học sinh, sinh viên mua bảo hiểm y tế, tỷ lệ tham gia đạt {p}%.",
        "Bảo hiểm y tế học sinh được triển khai ngay từ đầu năm học, {m} em đã có thẻ.",
    ],
    "RD_thuyloi": [
        "Bê tông hóa {n} km kênh tưới nội đồng, đủ nước cho {tr} ha lúa gieo cấy hai vụ.",
        "Sửa chữa {k} công trình thủy lợi, đập dâng và hồ chứa nhỏ, chủ động nguồn nước tưới cho sản xuất.",
    ],
}

LIMITATIONS: dict[str, list[str]] = {
    "L_taingheo": [
        "Kết quả giảm nghèo chưa thật sự bền vững, nguy cơ tái nghèo và phát sinh nghèo mới còn cao.",
        "Nhiều hộ vừa thoát nghèo có mức sống chỉ nhích hơn chuẩn một chút, chỉ cần ốm đau hay mất mùa là dễ quay lại diện nghèo.",
        "Trong năm vẫn có {k} hộ tái nghèo và {n} hộ nghèo phát sinh, cho thấy thành quả giảm nghèo còn mong manh.",
        "Số hộ cận nghèo và hộ mới thoát nghèo còn lớn, thu nhập bấp bênh, chưa ổn định lâu dài.",
    ],
    "L_ylai": [
        "Không ít hộ nghèo vẫn trông chờ vào chính sách, coi sự giúp đỡ của Nhà nước là đương nhiên, chưa tự vươn lên.",
        "Có hộ không muốn ra khỏi danh sách hộ nghèo vì sợ mất các chế độ ưu đãi, thậm chí xin được tiếp tục là hộ nghèo.",
        "Ý chí tự lực của nhiều người dân còn yếu, quen nhận hỗ trợ rồi chờ đợt sau, chưa nghĩ cách làm ăn.",
        "Ở một số thôn vùng đồng bào dân tộc thiểu số, người dân vẫn quen được cho, ít chịu bỏ công sức để thay đổi cuộc sống.",
    ],
    "L_vonvay": [
        "Nguồn vốn tín dụng chính sách chưa đáp ứng đủ nhu cầu vay của hộ nghèo, hộ cận nghèo.",
        "Mức cho vay tối đa còn thấp so với chi phí đầu tư chăn nuôi, trồng trọt hiện nay, nhiều hộ phải chờ đến lượt mới được vay.",
        "Cuối năm vẫn còn {tr} hộ có nhu cầu và đủ điều kiện vay nhưng Ngân hàng Chính sách xã hội chưa có nguồn để cho vay.",
        "Vốn ủy thác từ ngân sách địa phương sang Ngân hàng Chính sách xã hội còn ít, chỉ đáp ứng khoảng {low}% nhu cầu.",
    ],
    "L_khongld": [
        "Phần lớn hộ nghèo còn lại là hộ không có khả năng lao động: người già neo đơn, người khuyết tật, người ốm đau kinh niên.",
        "{p}% số hộ nghèo hiện nay chỉ gồm người cao tuổi, người khuyết tật hoặc người bệnh nặng, không còn ai đủ sức làm ra thu nhập.",
        "Nhiều hộ nghèo thiếu lao động chính, chủ hộ già yếu hoặc mắc bệnh hiểm nghèo nên các chính sách hỗ trợ sản xuất không phát huy được tác dụng.",
    ],
    "L_canbo": [
        "Cán bộ làm công tác giảm nghèo ở cấp xã chủ yếu kiêm nhiệm, thường xuyên thay đổi, kinh nghiệm còn hạn chế.",
        "Sau khi sắp xếp bộ máy, đội ngũ theo dõi giảm nghèo ở cơ sở có nhiều người mới, chưa nắm chắc chính sách.",
        "Năng lực tham mưu của một số công chức phụ trách lĩnh vực giảm nghèo chưa đáp ứng yêu cầu, một người phải ôm nhiều việc.",
    ],
    "L_giaingan": [
        "Tiến độ giải ngân vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững còn chậm, đến cuối năm mới đạt {p}%.",
        "Một số dự án, tiểu dự án của chương trình triển khai muộn do văn bản hướng dẫn chậm ban hành, vốn sự nghiệp giải ngân thấp.",
        "Vốn của chương trình về muộn, đến tháng 10 mới có quyết định giao, không kịp thời vụ nên phải xin trả lại một phần.",
    ],
    "L_daotaonghe": [
        "Hiệu quả đào tạo nghề chưa cao, nhiều lao động học xong không tìm được việc làm hoặc không làm đúng nghề đã học.",
        "Ngành nghề đào tạo chưa gắn với nhu cầu của thị trường lao động, người nghèo ít mặn mà vì phải bỏ việc đồng áng để đi học.",
        "Chỉ khoảng {low}% người học nghề có việc làm ổn định sau đào tạo, nhiều lớp ngắn hạn còn mang tính hình thức.",
    ],
    "L_thientai": [
        "Thiên tai, mưa lũ và dịch bệnh trên gia súc, gia cầm gây thiệt hại lớn, ảnh hưởng trực tiếp đến thu nhập của hộ nghèo.",
        "Đợt mưa lũ tháng 9 làm sạt lở, cuốn trôi hoa màu và chuồng trại của {n} hộ, nhiều gia đình lại rơi vào cảnh khó khăn.",
        "Bệnh dịch tả lợn châu Phi bùng phát trở lại ở {k} thôn, nhiều hộ nghèo nuôi lợn bị thiệt hại nặng.",
    ],
    "L_rasoat": [
        "Việc thu thập thông tin khi rà soát hộ nghèo ở một số nơi chưa chính xác, chấm điểm còn cảm tính.",
        "Bộ chỉ số đo lường mức độ thiếu hụt dịch vụ xã hội cơ bản khó áp dụng, điều tra viên lúng túng nên kết quả rà soát có chỗ chưa sát thực tế.",
        "Còn tình trạng bình xét hộ nghèo theo kiểu chia đều giữa các thôn, bỏ sót những hộ thật sự khó khăn.",
    ],
    "L_mohinh": [
        "Các mô hình sinh kế còn nhỏ lẻ, manh mún, chưa hình thành liên kết tiêu thụ sản phẩm nên khó nhân rộng.",
        "Hiệu quả một số dự án hỗ trợ sản xuất thấp, vật nuôi cấp cho hộ nghèo chậm lớn, đầu ra bấp bênh.",
    ],
}
LIMITATIONS_DISTRACT: dict[str, list[str]] = {
    "LD_noquahan": [
        "Nợ quá hạn tại Ngân hàng Chính sách xã hội vẫn còn, một số hộ vay bỏ đi làm ăn xa, không liên lạc được.",
        "Còn {tr} triệu đồng nợ quá hạn và nợ khoanh chưa thu hồi được do người vay chết, mất tích hoặc gặp rủi ro.",
        "Ý thức trả nợ, trả lãi của một số hộ vay vốn chính sách chưa tốt, để nợ kéo dài nhiều kỳ.",
    ],
    "LD_cosonghe": [
        "Trung tâm giáo dục nghề nghiệp của huyện thiếu giáo viên cơ hữu, máy móc thực hành đã cũ.",
        "Cơ sở vật chất phục vụ dạy nghề còn thiếu thốn, chưa có xưởng thực hành cho các nghề cơ khí, điện dân dụng.",
    ],
}

SOLUTIONS: dict[str, list[str]] = {
    "S_tuyentruyen": [
        "Đẩy mạnh tuyên truyền để người nghèo nâng cao ý thức tự lực, tự cường, không trông chờ, ỷ lại vào Nhà nước.",
        "Vận động các hộ nghèo chủ động đăng ký thoát nghèo, lấy tinh thần tự vươn lên của chính người dân làm yếu tố quyết định.",
        "Đổi mới nội dung, hình thức thông tin về giảm nghèo, giới thiệu những tấm gương vượt khó làm giàu để bà con học theo.",
        "Mặt trận và các đoàn thể đến từng hộ nghèo để động viên, khơi dậy ý chí muốn thoát nghèo, thay đổi nếp nghĩ cũ.",
    ],
    "S_vonvay": [
        "Tiếp tục bố trí ngân sách địa phương ủy thác sang Ngân hàng Chính sách xã hội để tăng nguồn vốn cho vay hộ nghèo, hộ cận nghèo.",
        "Đề nghị Trung ương bổ sung nguồn vốn và nâng mức cho vay tối đa đối với hộ nghèo, hộ mới thoát nghèo.",
        "Bảo đảm mọi hộ nghèo, cận nghèo có nhu cầu và đủ điều kiện đều được tiếp cận vốn tín dụng ưu đãi kịp thời.",
        "Phấn đấu tăng dư nợ tín dụng chính sách thêm {x} tỷ đồng, ưu tiên cho hộ nghèo vay phát triển sản xuất.",
    ],
    "S_sinhke": [
        "Nhân rộng các mô hình sinh kế hiệu quả, phù hợp với điều kiện của từng hộ, từng vùng.",
        "Hỗ trợ con giống, cây giống và kỹ thuật cho hộ nghèo theo hướng liên kết chuỗi, có doanh nghiệp bao tiêu sản phẩm.",
        "Ưu tiên các dự án phát triển sản xuất theo nhóm hộ có người làm ăn giỏi dẫn dắt, tránh hỗ trợ dàn trải, cho không.",
        "Khảo sát nhu cầu thực tế để chọn cây, con hợp với thổ nhưỡng, khí hậu trước khi cấp cho hộ nghèo.",
    ],
    "S_daotaonghe": [
        "Chọn nghề để dạy theo đơn đặt hàng của doanh nghiệp, bảo đảm người nghèo học xong có chỗ làm.",
        "Tổ chức các lớp nghề ngắn hạn sát với nhu cầu tuyển dụng, mở ngay tại thôn, bản để người nghèo dễ theo học và có việc sau khi học.",
        "Nâng cao chất lượng đào tạo nghề, phấn đấu {p}% lao động sau học nghề có việc làm hoặc tự tạo được việc làm.",
    ],
    "S_giaingan": [
        "Đẩy nhanh tiến độ giải ngân vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững, không để phải hủy dự toán, trả lại vốn.",
        "Giao vốn sớm ngay từ đầu năm, kiểm tra, đôn đốc các chủ đầu tư thanh toán khối lượng hoàn thành.",
        "Người đứng đầu đơn vị phải chịu trách nhiệm nếu tỷ lệ giải ngân vốn chương trình giảm nghèo thấp.",
    ],
    "S_rasoat": [
        "Thực hiện rà soát hộ nghèo, hộ cận nghèo năm 2026 đúng quy trình, chính xác, công khai, không để sót hộ.",
        "Tập huấn kỹ cho điều tra viên trước đợt rà soát, chấm điểm từng tiêu chí theo chuẩn nghèo đa chiều.",
        "Bình xét hộ nghèo phải qua họp dân ở từng thôn, niêm yết danh sách để người dân cùng giám sát.",
    ],
    "S_canbo": [
        "Thường xuyên tập huấn chính sách, nghiệp vụ cho người làm công tác giảm nghèo ở cơ sở.",
        "Bố trí ổn định công chức phụ trách giảm nghèo, hạn chế thay đổi để người làm có thời gian tích lũy kinh nghiệm.",
        "Nâng cao năng lực cho trưởng thôn, chi hội trưởng trong việc theo dõi, nắm hoàn cảnh và hỗ trợ hộ nghèo.",
    ],
    "S_xahoihoa": [
        "Huy động doanh nghiệp, nhà hảo tâm và con em xa quê chung tay hỗ trợ người nghèo.",
        "Đẩy mạnh xã hội hóa, đa dạng nguồn lực cho giảm nghèo ngoài ngân sách nhà nước.",
    ],
    "S_nhao": [
        "Đề nghị tỉnh tiếp tục bố trí vốn hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo còn khó khăn về chỗ ở.",
        "Kiến nghị nâng mức hỗ trợ xây nhà cho hộ nghèo vì giá vật liệu xây dựng tăng cao.",
    ],
    "S_dodau": [
        "Phân công mỗi cán bộ, đảng viên nhận giúp đỡ một hộ nghèo cụ thể cho đến khi hộ đó thoát nghèo.",
        "Mỗi cơ quan, đoàn thể nhận đỡ đầu ít nhất một hộ nghèo, thường xuyên theo dõi và giúp đỡ.",
    ],
}
SOLUTIONS_DISTRACT: dict[str, list[str]] = {
    "SD_tindungden": [
        "Tăng cường quản lý, ngăn chặn hoạt động tín dụng đen, cho vay nặng lãi ở nông thôn.",
        "Tuyên truyền để người dân tránh vay tiền qua ứng dụng trên mạng với lãi suất cắt cổ.",
    ],
    "SD_thuhutdn": [
        "Thu hút doanh nghiệp đầu tư nhà máy, xưởng may vào địa bàn để tạo việc làm tại chỗ.",
        "Hoàn thiện hạ tầng cụm công nghiệp, mời gọi nhà đầu tư thuê đất, tăng thêm chỗ làm cho lao động địa phương.",
        "Tạo thuận lợi về mặt bằng, thủ tục để các doanh nghiệp mở rộng sản xuất, tuyển dụng người lao động trong vùng.",
    ],
}

SINGLETONS: dict[str, list[str]] = {
    "results": [
        "Hỗ trợ tiền điện hằng quý cho các hộ nghèo và hộ thuộc diện chính sách xã hội.",
        "Tổ chức ngày hội việc làm tại trung tâm huyện với sự tham gia của mười hai doanh nghiệp.",
        "Trợ giúp pháp lý miễn phí cho người nghèo trong các vụ tranh chấp đất đai.",
        "Tặng {k} xe lăn cho người khuyết tật thuộc hộ nghèo.",
        "Kéo điện lưới quốc gia về nhà cho các hộ nghèo người dân tộc thiểu số ở vùng biên giới.",
        "Sửa chữa xong nhà lớp học ở điểm trường mầm non xa nhất của xã.",
        "Ra mắt mô hình “Chợ phiên 0 đồng” cho người nghèo, mỗi tháng một lần tại nhà văn hóa thôn.",
        "Khám bệnh, cấp thuốc miễn phí cho người cao tuổi nghèo nhân Tháng hành động vì người cao tuổi.",
        "Bố trí đất tái định cư cho các hộ đang ở vùng có nguy cơ sạt lở cao.",
        "Thành lập câu lạc bộ phụ nữ vượt khó để chị em giúp nhau làm kinh tế.",
        "Hỗ trợ đầu thu truyền hình vệ tinh cho hộ nghèo ở vùng sâu để người dân tiếp cận thông tin.",
        "Xây dựng {k} nhà tiêu hợp vệ sinh cho các hộ nghèo chưa có công trình phụ.",
        "Biên soạn sổ tay hỏi - đáp về chính sách giảm nghèo bằng tiếng Mông.",
        "Tổ chức đối thoại chính sách giữa lãnh đạo huyện với đại diện hộ nghèo ở ba xã vùng cao.",
    ],
    "limitations": [
        "Giá phân bón, thức ăn chăn nuôi tăng cao làm chi phí sản xuất của nông hộ tăng.",
        "Một số thôn sau sáp nhập có địa bàn rộng, trưởng thôn khó nắm hết hoàn cảnh từng hộ.",
        "Vẫn còn trường hợp tảo hôn ở vùng đồng bào dân tộc thiểu số, các cặp vợ chồng trẻ thiếu đất, thiếu vốn làm ăn.",
        "Nhiều công trình cấp nước tự chảy xây dựng từ lâu đã xuống cấp, mùa khô không có nước.",
        "Phần mềm quản lý hộ nghèo của Trung ương thường bị lỗi khi cập nhật dữ liệu cuối năm.",
        "Định mức hỗ trợ làm nhà thấp trong khi giá vật liệu tăng, nhiều hộ phải vay mượn thêm mới làm xong nhà.",
        "Người nghèo ngại lên tuyến trên điều trị vì chi phí đi lại, ăn ở tốn kém.",
        "Đường vào một số bản còn là đường đất, mùa mưa bị chia cắt, vận chuyển hàng hóa rất khó.",
        "Chưa có hướng dẫn rõ về chế độ cho hộ đã thoát nghèo nhưng vẫn thuộc diện bảo trợ xã hội.",
        "Tình trạng cờ bạc, rượu chè ở một số thôn làm kinh tế gia đình sa sút.",
        "Việc xác định hộ có mức sống trung bình để hưởng hỗ trợ đóng bảo hiểm y tế còn vướng mắc.",
        "Học sinh nghèo ở các trường bán trú thiếu chỗ ở, phải thuê trọ gần trường.",
    ],
    "solutions": [
        "Kiến nghị sửa đổi tiêu chí chuẩn nghèo giai đoạn mới cho phù hợp với vùng miền núi.",
        "Nâng cấp đường vào các bản đặc biệt khó khăn để thuận tiện vận chuyển nông sản.",
        "Phối hợp với công an xử lý nghiêm tình trạng rượu chè, cờ bạc ở các thôn.",
        "Mở lớp xóa mù chữ cho phụ nữ dân tộc thiểu số lớn tuổi.",
        "Đề nghị tỉnh hỗ trợ kinh phí di dời các hộ ở khu vực có nguy cơ sạt lở đất.",
        "Vận động xóa bỏ tảo hôn và hôn nhân cận huyết thống ở vùng đồng bào dân tộc.",
        "Khuyến khích thanh niên khởi nghiệp tại quê với các dự án nông nghiệp công nghệ cao.",
        "Sửa chữa các công trình nước tự chảy đã xuống cấp ở vùng cao.",
        "Tổ chức tổng kết Chương trình giảm nghèo giai đoạn 2021 - 2025, khen thưởng các điển hình.",
        "Đề xuất hỗ trợ tiền đi lại cho người nghèo khi phải chuyển tuyến điều trị.",
        "Xây thêm phòng ở bán trú cho học sinh vùng cao.",
        "Gắn du lịch cộng đồng với việc giữ gìn nghề dệt vải, thêu thổ cẩm của phụ nữ các bản.",
    ],
}

PREVALENCE: dict[str, int] = {
    **dict(zip(RESULTS, (20, 17, 16, 14, 13, 11, 10, 9, 8, 7, 6, 5, 4, 2))),
    **dict(zip(LIMITATIONS, (19, 17, 15, 14, 12, 10, 8, 6, 4, 3))),
    **dict(zip(SOLUTIONS, (20, 16, 14, 12, 10, 8, 6, 4, 3, 2))),
    "RD_toTK": 3,
    "RD_bhyths": 3,
    "RD_thuyloi": 2,
    "LD_noquahan": 3,
    "LD_cosonghe": 2,
    "SD_tindungden": 2,
    "SD_thuhutdn": 3,
}

DISTRICTS = [
    "huyện Mộc Khê",
    "huyện Yên Thạch Hạ",
    "huyện Nậm Chà Thượng",
    "thành phố Kim Đà",
    "huyện Phong Dinh Tây",
    "thị xã Đà Giang Đông",
    "huyện Văn Bàn Đông",
]
COMMUNE_STEMS = [
    "Minh Khai Hạ",
    "Sảng Tủng Hạ",
    "Pa Cheo",
    "Nà Chì Thượng",
    "Khao Mang",
    "Tú Nang",
    "Hồng Ca",
    "Đông Khê Thượng",
    "Làng Nhì",
    "Bản Mù",
    "Phình Hồ",
    "Lùng Phìn Tây",
    "Thạch Quảng",
    "Vân Hồ Bắc",
    "Tân Hợp Hạ",
    "Lộc Yên",
    "Phúc Khánh",
    "Xuân Giang Tây",
    "Quảng Nham",
    "Kỳ Thượng",
    "Đồng Quặng",
    "Hạnh Phúc Thượng",
    "Hòa Mục",
    "Nghĩa Tá",
    "Cao Sơn Hạ",
    "Trịnh Tường",
    "Yên Khê Đông",
    "Lâm Thượng",
    "An Thạnh Tây",
    "Đắk Mar",
    "Ia Khươl",
    "Hướng Hiệp",
    "Thanh Thủy Thượng",
    "Bình Thuận Hạ",
    "Mỹ Thạnh Đông",
]

PROGRAMME = Programme(
    part_themes={
        "results": {**RESULTS, **RESULTS_DISTRACT},
        "limitations": {**LIMITATIONS, **LIMITATIONS_DISTRACT},
        "solutions": {**SOLUTIONS, **SOLUTIONS_DISTRACT},
    },
    prevalence=PREVALENCE,
    singletons=SINGLETONS,
    districts=DISTRICTS,
    commune_stems=COMMUNE_STEMS,
    openings=[
        "Thực hiện Công văn số {tr}/SNNMT-GN ngày 20/11/2025 của Sở Nông nghiệp và Môi trường tỉnh Kim Đà về việc báo cáo kết quả thực hiện công tác giảm nghèo bền vững năm 2025, {unit} báo cáo như sau:",
        "Căn cứ Kế hoạch số {k}/KH-UBND ngày 10/02/2025 của Ủy ban nhân dân tỉnh Kim Đà về thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2025, {unit} báo cáo kết quả thực hiện như sau:",
        "Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 và kế hoạch giảm nghèo của tỉnh năm 2025, {unit} tổng kết công tác giảm nghèo năm 2025 như sau:",
    ],
    headings={
        "results": [
            "I. KẾT QUẢ THỰC HIỆN CÔNG TÁC GIẢM NGHÈO NĂM 2025",
            "I. KẾT QUẢ ĐẠT ĐƯỢC",
            "I. TÌNH HÌNH TRIỂN KHAI VÀ KẾT QUẢ THỰC HIỆN",
        ],
        "limitations": [
            "II. KHÓ KHĂN, HẠN CHẾ",
            "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
            "II. NHỮNG KHÓ KHĂN, VƯỚNG MẮC",
        ],
        "solutions": ["III. NHIỆM VỤ, GIẢI PHÁP NĂM 2026", "III. PHƯƠNG HƯỚNG NĂM 2026 VÀ KIẾN NGHỊ"],
    },
    subheads={
        "results": [
            "1. Công tác chỉ đạo, điều hành",
            "2. Kết quả thực hiện các chính sách giảm nghèo",
            "3. Kết quả thực hiện các dự án thành phần",
        ],
        "limitations": ["1. Hạn chế", "2. Nguyên nhân"],
        "solutions": ["1. Nhiệm vụ, giải pháp chủ yếu", "2. Kiến nghị, đề xuất"],
    },
    leads={
        "results": ["", "", "", "Trong năm, ", "Cùng với đó, ", "Bên cạnh đó, ", "Đáng ghi nhận, "],
        "limitations": ["", "", "", "Tuy nhiên, ", "Bên cạnh đó, ", "Mặt khác, "],
        "solutions": ["", "", "", "Năm 2026, ", "Thời gian tới, ", "Đồng thời, "],
    },
    title="Kết quả thực hiện công tác giảm nghèo bền vững năm 2025, phương hướng, nhiệm vụ năm 2026",
    date="ngày {d} tháng 12 năm 2025",
    closing="Trên đây là báo cáo kết quả thực hiện công tác giảm nghèo bền vững năm 2025 của {unit}.",
    recipients="Nơi nhận: Sở Nông nghiệp và Môi trường tỉnh Kim Đà; Thường trực cấp ủy; Lưu: VT.",
    placeholder="(Kèm theo biểu tổng hợp kết quả giảm nghèo năm 2025)",
    proper=(
        "Ủy ban",
        "Ban ",
        "Ngân hàng",
        "Quỹ",
        "Hội ",
        "Mặt trận",
        "Trung tâm",
        "Chương trình",
        "Ngành",
        "Trung ương",
        "Sở",
        "Công an",
    ),
)


def main() -> None:
    write_reports(OUT, N_REPORTS, SEED, PROGRAMME)


if __name__ == "__main__":
    main()
